"use client";

import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useWatch } from "@/app/_components/form/use-form";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { bodyKinds } from "@/db/schema/enums";
import {
  appointChairAction,
  createBodyAction,
  removeChairAction,
  setMembersAction,
  updateBodyAction,
} from "@/lib/bodies/actions";
import type { createBodySchema, updateBodySchema } from "@/lib/bodies/schemas";

/** Sets up the standing committee or a working group, then opens its page. */
export function CreateBodyForm({
  defaultValues,
}: {
  defaultValues: z.input<typeof createBodySchema>;
}) {
  const t = useTranslations("bodyAdmin");
  const kinds = useTranslations("bodyKinds");
  const state = useActionForm({
    schema: () => import("@/lib/bodies/schemas").then((m) => m.createBodySchema),
    action: createBodyAction,
    defaultValues,
    message: () => t("saved"),
    redirectTo: (data) => `/bodies/${data.id}`,
  });
  return (
    <ActionForm state={state}>
      <SelectField
        name="kind"
        label={t("kind")}
        className="narrow-m"
        options={bodyKinds.map((k) => ({ value: k, label: kinds(k) }))}
      />
      <NameAndMandate />
      <div className="form-grid">
        <DateField name="activeFrom" label={t("activeFrom")} />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Edits a body: its name, its mandate (the earlier agreed text is kept) and its dates. */
export function EditBodyForm({
  defaultValues,
}: {
  defaultValues: z.input<typeof updateBodySchema>;
}) {
  const t = useTranslations("bodyAdmin");
  const state = useActionForm({
    schema: () => import("@/lib/bodies/schemas").then((m) => m.updateBodySchema),
    action: updateBodyAction,
    defaultValues,
    message: () => t("saved"),
    // The next save states the version this one produced.
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  return (
    <ActionForm state={state}>
      <NameAndMandate />
      <div className="form-grid">
        <DateField name="activeFrom" label={t("activeFrom")} />
        <DateField name="activeTo" label={t("activeTo")} hint={t("activeToHint")} />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function NameAndMandate() {
  const t = useTranslations("bodyAdmin");
  return (
    <>
      <TextField name="name" label={t("name")} />
      <TextareaField name="mandate" label={t("mandate")} hint={t("mandateHint")} rows={5} />
    </>
  );
}

/** The body's chairs, each removable, and the form that appoints one more. */
export function ChairsManager({
  bodyId,
  chairs,
}: {
  bodyId: string;
  chairs: { id: string; name: string }[];
}) {
  const t = useTranslations("bodyAdmin");
  const removal = useActionCall(removeChairAction);
  const state = useActionForm({
    schema: () => import("@/lib/bodies/schemas").then((m) => m.appointChairSchema),
    action: appointChairAction,
    defaultValues: { bodyId, name: "", email: "", jobTitle: "" },
    resetTo: () => ({ bodyId, name: "", email: "", jobTitle: "" }),
  });
  return (
    <div className="stack">
      <FormAlert error={removal.error} />
      {chairs.length > 0 ? (
        <ul className="timeline">
          {chairs.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <button
                type="button"
                className="button danger"
                disabled={removal.disabled}
                onClick={() => {
                  if (!window.confirm(t("removeChairConfirm", { name: c.name }))) return;
                  removal.run({ bodyId, userId: c.id });
                }}
              >
                {t("removeChair")}
                <span className="visually-hidden"> {c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>{t("appointChair")}</summary>
        <ActionForm state={state} className="stack mt-s">
          <TextField name="name" label={t("chair.name")} />
          <TextField name="email" type="email" label={t("chair.email")} />
          <TextField name="jobTitle" label={t("chair.jobTitle")} />
          <div>
            <SubmitButton pendingLabel={t("saving")}>{t("appoint")}</SubmitButton>
          </div>
        </ActionForm>
      </details>
    </div>
  );
}

/** Chooses the body's member organizations, against the body's version. */
export function MembersForm({
  bodyId,
  version,
  organizations,
  members,
}: {
  bodyId: string;
  version: number;
  organizations: { id: string; name: string }[];
  members: string[];
}) {
  const t = useTranslations("bodyAdmin");
  const state = useActionForm({
    schema: () => import("@/lib/bodies/schemas").then((m) => m.setMembersSchema),
    action: setMembersAction,
    defaultValues: { bodyId, version, organizationIds: members },
    message: () => t("membersSaved"),
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  const { setValue } = state.form;
  const chosen = useWatch(state.form, "organizationIds") ?? [];
  const toggle = (id: string) =>
    setValue(
      "organizationIds",
      chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id],
    );
  return (
    <details>
      <summary>{t("editMembers")}</summary>
      <ActionForm state={state} className="stack mt-s">
        <fieldset>
          <legend>{t("membersLegend", { count: chosen.length })}</legend>
          <div className="checks columns">
            {organizations.map((o) => (
              <label key={o.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={() => toggle(o.id)}
                />{" "}
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("saveMembers")}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
