"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { StatusBadge } from "@/app/_components/status-badge";
import { importProgrammeAction, previewImportAction } from "@/lib/calendar/actions";
import type { ImportPreview } from "@/lib/calendar/import-programme";
import { MAX_IMPORT_BYTES } from "@/lib/calendar/schemas";

type Loaded = { fileName: string; content: string };

/** Choose a file, see what it would do, then confirm. Nothing is written before the confirm. */
export function ImportProgramme() {
  const t = useTranslations("calendarImport");
  const validation = useTranslations("validation");
  const fields = useTranslations("calendar.fields");
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ created: number; updated: number; unchanged: number } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();

  const choose = (list: FileList | null) => {
    setPreview(null);
    setDone(null);
    setError(null);
    const chosen = list?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setError("fileTooLarge");
      return;
    }
    startTransition(async () => {
      const loaded = { fileName: chosen.name, content: await chosen.text() };
      setFile(loaded);
      const result = await previewImportAction(loaded);
      if (result.ok) setPreview(result.data);
      else setError(result.formError);
    });
  };

  const confirm = () => {
    if (!file) return;
    startTransition(async () => {
      const result = await importProgrammeAction(file);
      if (result.ok) {
        setDone(result.data);
        setPreview(null);
        router.refresh();
      } else setError(result.formError);
    });
  };

  const reason = (r: string) => (validation.has(r) ? validation(r) : r);
  const fieldName = (f?: string) => (f && fields.has(f) ? fields(f) : "");
  const writes = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={inputId}>{t("file")}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.ics,text/csv,text/calendar"
          onChange={(e) => choose(e.target.files)}
        />
        <span className="hint">{t("fileHint", { size: Math.round(MAX_IMPORT_BYTES / 1024) })}</span>
      </div>
      {pending && !preview && !done ? <p role="status">{t("reading")}</p> : null}
      <FormAlert error={error} />
      {done ? (
        <div className="alert success" role="status">
          {t("done", done)} <Link href="/calendar">{t("seeCalendar")}</Link>
        </div>
      ) : null}
      {preview ? (
        <section aria-labelledby="preview-heading" className="stack">
          <h2 id="preview-heading">{t("previewHeading", { file: file?.fileName ?? "" })}</h2>
          <p>{t("summary", preview.counts)}</p>
          {preview.errors.length > 0 ? (
            <div className="alert error">
              <p>
                <strong>{t("hasErrors", { count: preview.errors.length })}</strong>
              </p>
              <table>
                <caption className="visually-hidden">{t("errorsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{t("field")}</th>
                    <th scope="col">{t("reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e) => (
                    <tr key={`${e.line}-${e.field ?? ""}-${e.reason}`}>
                      <td>{e.line}</td>
                      <td>{e.reason === "duplicateInFile" ? "" : fieldName(e.field)}</td>
                      <td>
                        {e.reason === "duplicateInFile"
                          ? t("duplicateOf", { line: e.field ?? "" })
                          : reason(e.reason)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {preview.rows.length > 0 ? (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("rowsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{fields("meetingDate")}</th>
                    <th scope="col">{fields("meetingNumber")}</th>
                    <th scope="col">{fields("title")}</th>
                    <th scope="col">{t("change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td>
                        {row.data.meetingDate} {row.data.meetingTime ?? ""}
                      </td>
                      <td>{row.data.meetingNumber ?? "—"}</td>
                      <td>
                        {row.data.title}
                        {row.data.withRegionalOrganizations ? (
                          <div>
                            <StatusBadge tone="info">
                              {fields("withRegionalOrganizations")}
                            </StatusBadge>
                          </div>
                        ) : null}
                      </td>
                      <td>
                        <StatusBadge
                          tone={
                            row.status === "new"
                              ? "success"
                              : row.status === "update"
                                ? "warning"
                                : "neutral"
                          }
                        >
                          {t(`status.${row.status}`)}
                        </StatusBadge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="actions-row">
            <button
              type="button"
              className="button"
              onClick={confirm}
              disabled={pending || preview.errors.length > 0 || writes === 0}
              aria-disabled={pending || preview.errors.length > 0 || writes === 0}
            >
              {pending ? t("importing") : t("confirm", { count: writes })}
            </button>
            {preview.errors.length > 0 ? <span className="muted">{t("fixFirst")}</span> : null}
            {preview.errors.length === 0 && writes === 0 ? (
              <span className="muted">{t("nothingToDo")}</span>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
