"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { useHydrated } from "@/app/_components/use-hydrated";
import { addAttachmentAction } from "@/lib/reports/actions";
import { attachmentExtensions, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/reports/choices";

const accept = attachmentExtensions.map((e) => `.${e}`).join(",");

/**
 * Attaches one file. What can be told before sending (no file, too big, a name ending not
 * allowed, the report full) is told at once; the server checks everything again, content first.
 */
export function AttachmentUpload({ reportId, count }: { reportId: string; count: number }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const pending = sending || refreshing;
  const ready = useHydrated();

  if (count >= MAX_ATTACHMENTS) return <p className="muted">{t("attachmentsFull")}</p>;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSuccess(null);
    const file = input.current?.files?.[0];
    if (!file) return setError("chooseFile");
    if (file.size > MAX_ATTACHMENT_BYTES) return setError("attachmentTooLarge");
    const ending = file.name.split(".").pop()?.toLowerCase() ?? "";
    if (!file.name.includes(".") || !(attachmentExtensions as readonly string[]).includes(ending))
      return setError("attachmentTypeNotAllowed");
    const form = new FormData();
    form.set("reportId", reportId);
    form.set("file", file);
    setSending(true);
    try {
      const result = await addAttachmentAction(form);
      if (!result.ok) return setError(result.formError);
      if (input.current) input.current.value = "";
      startTransition(() => {
        setSuccess(t("attached", { file: result.data.fileName }));
        router.refresh();
      });
    } catch {
      setError("internal");
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="stack mt-l" onSubmit={onSubmit} noValidate aria-label={t("attachHeading")}>
      <FormAlert error={error} success={success} />
      <div className="field">
        <label htmlFor={id}>{t("attachFile")}</label>
        <input
          ref={input}
          id={id}
          type="file"
          name="file"
          accept={accept}
          aria-describedby={`${id}-hint`}
          aria-invalid={!!error}
        />
        <span className="hint" id={`${id}-hint`}>
          {t("attachHint", { max: MAX_ATTACHMENTS })}
        </span>
      </div>
      <div>
        <button
          type="submit"
          className="button secondary"
          disabled={pending || !ready}
          aria-disabled={pending || !ready}
        >
          {pending ? t("attaching") : t("attach")}
        </button>
      </div>
    </form>
  );
}
