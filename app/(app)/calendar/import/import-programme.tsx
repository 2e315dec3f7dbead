"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { DataTable } from "@/app/_components/data-table";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { FormMessage } from "@/app/_components/form-messages";
import { useTranslations } from "@/app/_components/intl";
import { StatusBadge } from "@/app/_components/status-badge";
import { importProgrammeAction, previewImportAction } from "@/lib/calendar/actions";
import { MAX_IMPORT_BYTES } from "@/lib/calendar/choices";
import type { ImportVerdict } from "@/lib/calendar/import-verdict";
import type { ImportPreview } from "@/lib/calendar/preview-import";

type Loaded = { fileName: string; content: string };
type Done = { created: number; updated: number; keptHandEdits: number; unchanged: number };

/** Choose a file, see what it would do, then confirm. Nothing is written before the confirm. */
export function ImportProgramme() {
  const t = useTranslations("calendarImport");
  const fields = useTranslations("calendar.fields");
  const inputId = useId();
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const overwriteId = useId();
  const [reading, startReading] = useTransition();
  const importing = useActionCall(importProgrammeAction, {
    onSuccess: (data) => {
      setDone(data);
      setPreview(null);
    },
  });

  const choose = (list: FileList | null) => {
    setPreview(null);
    setDone(null);
    setError(null);
    setOverwrite(false);
    const chosen = list?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setError("fileTooLarge");
      return;
    }
    // The preview only reads: no refresh afterwards.
    startReading(async () => {
      const loaded = { fileName: chosen.name, content: await chosen.text() };
      setFile(loaded);
      const result = await previewImportAction(loaded);
      if (result.ok) setPreview(result.data);
      else setError(result.fieldErrors?.content?.[0] ?? result.formError);
    });
  };

  const reason = (r: string) => <FormMessage messageKey={r} from={["validation"]} fallback={r} />;
  const fieldName = (f?: string) => (f && fields.has(f) ? fields(f) : "");

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
      {reading ? <p role="status">{t("reading")}</p> : null}
      <FormAlert error={error ?? importing.error} />
      {done ? (
        <div className="alert success" role="status">
          {t("done", done)}
          {done.keptHandEdits > 0 ? ` ${t("keptHandEdits", { count: done.keptHandEdits })}` : ""}{" "}
          <Link href="/calendar">{t("seeCalendar")}</Link>
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
              <DataTable
                caption={t("errorsCaption")}
                rows={preview.errors}
                rowKey={(e) => `${e.line}-${e.field ?? ""}-${e.reason}`}
                empty={{ title: "" }}
                columns={[
                  { key: "line", header: t("line"), cell: (e) => e.line },
                  {
                    key: "field",
                    header: t("field"),
                    cell: (e) => (e.reason === "duplicateInFile" ? "" : fieldName(e.field)),
                  },
                  {
                    key: "reason",
                    header: t("reason"),
                    cell: (e) =>
                      e.reason === "duplicateInFile"
                        ? t("duplicateOf", { line: e.field ?? "" })
                        : reason(e.reason),
                  },
                ]}
              />
            </div>
          ) : null}
          {preview.rows.length > 0 ? (
            <DataTable
              caption={t("rowsCaption")}
              rows={preview.rows}
              rowKey={(row) => String(row.line)}
              empty={{ title: "" }}
              columns={[
                { key: "line", header: t("line"), cell: (row) => row.line },
                {
                  key: "date",
                  header: fields("meetingDate"),
                  cell: (row) => `${row.data.meetingDate} ${row.data.meetingTime ?? ""}`,
                },
                {
                  key: "number",
                  header: fields("meetingNumber"),
                  cell: (row) => row.data.meetingNumber ?? "—",
                },
                {
                  key: "title",
                  header: fields("title"),
                  cell: (row) => (
                    <>
                      {row.data.title}
                      {row.data.withRegionalOrganizations ? (
                        <div>
                          <StatusBadge tone="info">
                            {fields("withRegionalOrganizations")}
                          </StatusBadge>
                        </div>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: "change",
                  header: t("change"),
                  cell: (row) => (
                    <StatusBadge
                      tone={
                        row.status === "new"
                          ? "success"
                          : row.status === "update"
                            ? "warning"
                            : row.status === "conflict"
                              ? "danger"
                              : "neutral"
                      }
                    >
                      {t(`status.${row.status}`)}
                    </StatusBadge>
                  ),
                },
                {
                  key: "stored",
                  header: t("stored"),
                  cell: (row) =>
                    row.status === "conflict" && row.existing ? (
                      <span className="muted">
                        {t("storedValues", {
                          date: `${row.existing.meetingDate} ${row.existing.meetingTime ?? ""}`.trim(),
                          title: row.existing.title,
                        })}
                      </span>
                    ) : null,
                },
              ]}
            />
          ) : null}
          {preview.counts.conflict > 0 ? (
            <div className="alert warning">
              <p>{t("conflicts", { count: preview.counts.conflict })}</p>
              <label htmlFor={overwriteId} className="checks">
                <input
                  id={overwriteId}
                  type="checkbox"
                  checked={overwrite}
                  onChange={(e) => setOverwrite(e.target.checked)}
                />{" "}
                {t("overwriteHandEdits")}
              </label>
            </div>
          ) : null}
          <ImportButton
            verdict={overwrite ? preview.verdictOverwriting : preview.verdict}
            pending={importing.pending}
            onImport={() => {
              if (file)
                importing.run({
                  ...file,
                  overwriteHandEdits: overwrite,
                  expectedVersions: preview.expectedVersions,
                });
            }}
          />
        </section>
      ) : null}
    </div>
  );
}

/** The confirm button says what the import would do, or what stands in its way. */
function ImportButton({
  verdict,
  pending,
  onImport,
}: {
  verdict: ImportVerdict;
  pending: boolean;
  onImport: () => void;
}) {
  const t = useTranslations("calendarImport");
  const errors = useTranslations("refusals");
  const disabled = pending || verdict.kind !== "ready";
  const label =
    verdict.kind === "ready"
      ? t("confirm", { count: verdict.writes })
      : verdict.kind === "hasErrors"
        ? // Some valid rows: what would be imported once the file is fixed; none: what to fix.
          verdict.writes > 0
          ? t("confirm", { count: verdict.writes })
          : t("fixRows", { count: verdict.invalidRows })
        : t("confirm", { count: 0 });
  return (
    <div className="actions-row">
      <button
        type="button"
        className="button"
        onClick={onImport}
        disabled={disabled}
        aria-disabled={disabled}
      >
        {pending ? t("importing") : label}
      </button>
      {verdict.kind === "hasErrors" ? <span className="muted">{t("fixFirst")}</span> : null}
      {verdict.kind === "nothingNew" ? <span className="muted">{t("nothingToDo")}</span> : null}
      {verdict.kind === "empty" ? <span className="muted">{errors("importEmpty")}</span> : null}
    </div>
  );
}
