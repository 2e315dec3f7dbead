"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { updatePreferencesAction } from "@/lib/accounts/actions";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";

export function PreferencesForm({
  locale,
  timeZone,
  timeZones,
}: {
  locale: Locale;
  timeZone: string;
  timeZones: string[];
}) {
  const t = useTranslations("profile");
  const state = useActionForm({
    schema: () => import("@/lib/accounts/schemas").then((m) => m.preferencesSchema),
    action: updatePreferencesAction,
    defaultValues: { locale, timeZone },
    message: () => t("preferencesSaved"),
  });
  return (
    <ActionForm state={state}>
      <div className="form-grid">
        <SelectField
          name="locale"
          label={t("language")}
          options={locales.map((code) => ({ value: code, label: localeNames[code] }))}
        />
        <SelectField
          name="timeZone"
          label={t("timeZone")}
          hint={t("timeZoneHint")}
          options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("savePreferences")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
