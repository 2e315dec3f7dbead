"use client";

import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { removeAttachmentAction } from "@/lib/reports/actions";

/** Removes an attachment, after a confirmation naming the file. */
export function RemoveAttachmentButton({
  reportId,
  attachmentId,
  fileName,
}: {
  reportId: string;
  attachmentId: string;
  fileName: string;
}) {
  const t = useTranslations("reports");
  const [confirming, setConfirming] = useState(false);
  const remove = useActionCall(removeAttachmentAction);
  return (
    <span className="actions-row">
      {confirming ? (
        <>
          <span>{t("confirmRemove", { file: fileName })}</span>
          <button
            type="button"
            className="button danger"
            disabled={remove.disabled}
            aria-disabled={remove.disabled}
            onClick={() => remove.run({ reportId, attachmentId })}
          >
            {remove.pending ? t("removing") : t("removeYes")}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button link"
          aria-label={t("removeFile", { file: fileName })}
          disabled={remove.disabled}
          onClick={() => setConfirming(true)}
        >
          {t("remove")}
        </button>
      )}
      <FormAlert error={remove.error} />
    </span>
  );
}
