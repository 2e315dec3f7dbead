"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { createFeedTokenAction, revokeFeedTokenAction } from "@/lib/calendar/actions";

/** Makes, shows once, and revokes the private calendar feed URL. */
export function CalendarFeed({
  baseUrl,
  activeSince,
}: {
  baseUrl: string;
  activeSince: string | null;
}) {
  const t = useTranslations("profile");
  const router = useRouter();
  const urlId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [pending, startTransition] = useTransition();

  const create = () =>
    startTransition(async () => {
      setError(null);
      const result = await createFeedTokenAction();
      if (result.ok) {
        setUrl(`${baseUrl}${result.data.token}.ics`);
        router.refresh();
      } else setError(result.formError);
    });
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeFeedTokenAction();
      if (result.ok) {
        setUrl(null);
        setConfirmRevoke(false);
        router.refresh();
      } else setError(result.formError);
    });

  return (
    <div className="stack">
      <FormAlert error={error} />
      {url ? (
        <div className="field">
          <label htmlFor={urlId}>{t("feedUrl")}</label>
          <input
            id={urlId}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span className="hint">{t("feedShownOnce")}</span>
        </div>
      ) : activeSince ? (
        <p>{t("feedActive", { since: activeSince })}</p>
      ) : (
        <p className="muted">{t("feedNone")}</p>
      )}
      <div className="actions-row">
        <button type="button" className="button" onClick={create} disabled={pending}>
          {activeSince || url ? t("feedReplace") : t("feedCreate")}
        </button>
        {activeSince || url ? (
          confirmRevoke ? (
            <>
              <button type="button" className="button danger" onClick={revoke} disabled={pending}>
                {t("feedRevokeYes")}
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirmRevoke(false)}
              >
                {t("cancel")}
              </button>
            </>
          ) : (
            <button type="button" className="button danger" onClick={() => setConfirmRevoke(true)}>
              {t("feedRevoke")}
            </button>
          )
        ) : null}
      </div>
    </div>
  );
}
