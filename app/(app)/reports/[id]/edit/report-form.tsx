"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useFieldArray, useWatch } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ReportRecommendation } from "@/db/schema/reports";
import { previewReportAction, saveReportAction } from "@/lib/reports/actions";
import { MAX_RECOMMENDATIONS, MAX_REPORT_TEXT } from "@/lib/reports/choices";
import type { SaveReportInput } from "@/lib/reports/schemas";
import { useLeaveGuard } from "./leave-guard";

/** What another chair saved in between, as the save command sends it back. */
type Theirs = {
  title: string;
  summary: string;
  body: string;
  recommendations: ReportRecommendation[];
  version: number;
  savedBy: string | null;
};

function theirsOf(current: Record<string, unknown> | undefined): Theirs | null {
  if (!current || typeof current.body !== "string" || typeof current.version !== "number")
    return null;
  return current as unknown as Theirs;
}

const PREVIEW_DELAY_MS = 400;

/**
 * A chair's report: title, summary, the text in Markdown with its preview (rendered and
 * sanitized by the server, as the report page shows it), and the recommendations as an ordered
 * list. Each save is a revision. Unsaved changes hold the user back from leaving; when another
 * chair saved in between, their text is shown beside one's own, which stays in the form.
 */
export function ReportForm({
  reportId,
  defaultValues,
  initialPreview,
}: {
  reportId: string;
  defaultValues: SaveReportInput;
  initialPreview: { html: string; removed: boolean };
}) {
  const t = useTranslations("reports");
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const state = useActionForm({
    schema: () => import("@/lib/reports/schemas").then((m) => m.saveReportSchema),
    action: saveReportAction,
    defaultValues,
    // Checked on save: a recommendation just added is empty, and not yet a mistake.
    mode: "onSubmit",
    message: (data) => (data.changed ? t("saved") : t("nothingChanged")),
    // The next save states the version this one produced; new items keep the ids they got.
    resetTo: (data, values) => ({
      ...values,
      version: data.version,
      recommendations: data.recommendations,
    }),
    onSuccess: () => setTheirs(null),
    onFailure: (result) => {
      const current = result.code === "conflict" ? theirsOf(result.current) : null;
      if (!current) return;
      setTheirs(current);
      // The user's text stays; their next save, once merged, follows the other's.
      state.form.setValue("version", current.version);
    },
  });
  const { formState, register } = state.form;
  const recommendations = useFieldArray(state.form, "recommendations");
  const body = useWatch(state.form, "body") ?? "";
  useLeaveGuard(formState.isDirty, t("leaveConfirm"));

  // The preview follows the text a moment after the typing stops; a late answer for an older
  // text never replaces a newer one.
  const [preview, setPreview] = useState({ ...initialPreview, failed: false });
  const shown = useRef(defaultValues.body ?? "");
  const asked = useRef(0);
  useEffect(() => {
    if (body === shown.current) return;
    const timer = setTimeout(async () => {
      const ticket = ++asked.current;
      try {
        const result = await previewReportAction({ reportId, body });
        if (ticket !== asked.current) return;
        if (result.ok) {
          shown.current = body;
          setPreview({ ...result.data, failed: false });
        } else setPreview((p) => ({ ...p, failed: true }));
      } catch {
        if (ticket === asked.current) setPreview((p) => ({ ...p, failed: true }));
      }
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, reportId]);

  const loadTheirs = () => {
    if (!theirs) return;
    state.form.reset({
      reportId,
      version: theirs.version,
      title: theirs.title,
      summary: theirs.summary,
      body: theirs.body,
      recommendations: theirs.recommendations,
    });
    setTheirs(null);
    state.dismissConflict();
  };

  return (
    <ActionForm state={state} label={t("editTitle")}>
      <ConflictNotice
        conflict={theirs}
        explanation={t("conflictExplanation", { name: theirs?.savedBy ?? "—" })}
        loadLabel={t("loadTheirs")}
        onLoad={loadTheirs}
        fields={[
          { name: "title", label: t("fields.title") },
          { name: "summary", label: t("fields.summary") },
          { name: "body", label: t("fields.body") },
          { name: "recommendations", label: t("recommendations") },
        ]}
        format={(value, name) =>
          name === "recommendations" && Array.isArray(value) ? (
            value.length === 0 ? (
              "—"
            ) : (
              <ol className="plain-list">
                {(value as ReportRecommendation[]).map((r) => (
                  <li key={r.id}>{r.text}</li>
                ))}
              </ol>
            )
          ) : (
            <div className="conflict-text pre-wrap">{String(value || "—")}</div>
          )
        }
      />
      <input type="hidden" {...register("version")} />
      <TextField name="title" label={t("fields.title")} maxLength={300} />
      <TextareaField
        name="summary"
        label={t("fields.summary")}
        hint={t("fields.summaryHint")}
        rows={3}
      />
      <div className="report-editor">
        <TextareaField
          name="body"
          label={t("fields.body")}
          hint={t("fields.bodyHint", {
            count: body.length,
            max: MAX_REPORT_TEXT,
          })}
          rows={20}
          className="markdown-input"
        />
        <section className="report-preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t("preview")}</h3>
          {preview.failed ? <p className="muted">{t("previewFailed")}</p> : null}
          {preview.removed ? (
            <p className="alert warning mb" role="status">
              {t("markupRemoved")}
            </p>
          ) : null}
          {preview.html ? (
            <div
              className="report-text"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered and sanitized by the server (lib/reports/markdown.ts)
              dangerouslySetInnerHTML={{ __html: preview.html }}
            />
          ) : (
            <p className="muted">{t("previewEmpty")}</p>
          )}
        </section>
      </div>
      <fieldset>
        <legend>{t("recommendations")}</legend>
        <p className="hint">{t("recommendationsHint")}</p>
        {recommendations.fields.length === 0 ? (
          <p className="muted">{t("noRecommendationsYet")}</p>
        ) : (
          <ol className="recommendation-rows">
            {recommendations.fields.map((field, index) => (
              <li key={field.key}>
                <TextareaField
                  name={`recommendations.${index}.text`}
                  label={t("recommendationN", { number: index + 1 })}
                  rows={2}
                />
                <div className="actions-row">
                  <button
                    type="button"
                    className="button link"
                    disabled={index === 0}
                    aria-label={t("moveUp", { number: index + 1 })}
                    onClick={() => recommendations.move(index, index - 1)}
                  >
                    {t("up")}
                  </button>
                  <button
                    type="button"
                    className="button link"
                    disabled={index === recommendations.fields.length - 1}
                    aria-label={t("moveDown", { number: index + 1 })}
                    onClick={() => recommendations.move(index, index + 1)}
                  >
                    {t("down")}
                  </button>
                  <button
                    type="button"
                    className="button link"
                    aria-label={t("removeRecommendation", { number: index + 1 })}
                    onClick={() => recommendations.remove(index)}
                  >
                    {t("remove")}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
        {recommendations.fields.length < MAX_RECOMMENDATIONS ? (
          <button
            type="button"
            className="button secondary mt"
            onClick={() => recommendations.append({ id: "", text: "" })}
          >
            {t("addRecommendation")}
          </button>
        ) : null}
      </fieldset>
      <div className="actions-row">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href={`/reports/${reportId}`}>{t("backToReport")}</Link>
        {formState.isDirty ? <span className="muted">{t("unsaved")}</span> : null}
      </div>
    </ActionForm>
  );
}
