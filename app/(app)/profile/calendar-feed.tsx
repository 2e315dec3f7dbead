"use client";

import { useId, useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
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
  const urlId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const create = useActionCall(createFeedTokenAction, {
    onSuccess: (data) => setUrl(`${baseUrl}${data.token}.ics`),
  });
  const revoke = useActionCall(revokeFeedTokenAction, {
    onSuccess: () => {
      setUrl(null);
      setConfirmRevoke(false);
    },
  });
  const busy = create.disabled || revoke.disabled;

  return (
    <div className="stack">
      <FormAlert error={create.error ?? revoke.error} />
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
        <button
          type="button"
          className="button"
          onClick={() => create.run(undefined)}
          disabled={busy}
        >
          {activeSince || url ? t("feedReplace") : t("feedCreate")}
        </button>
        {activeSince || url ? (
          confirmRevoke ? (
            <>
              <button
                type="button"
                className="button danger"
                onClick={() => revoke.run(undefined)}
                disabled={busy}
              >
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
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => setConfirmRevoke(true)}
            >
              {t("feedRevoke")}
            </button>
          )
        ) : null}
      </div>
    </div>
  );
}
