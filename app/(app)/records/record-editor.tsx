"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { DateField, Field, SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useFormContext, useWatch } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { recordKinds } from "@/db/schema/enums";
import { createRecordAction, updateRecordAction } from "@/lib/records/actions";
import { MAX_PARAGRAPHS, recordLanguages } from "@/lib/records/choices";
import type { createRecordSchema, updateRecordSchema } from "@/lib/records/schemas";

type NewValues = z.input<typeof createRecordSchema>;
type EditValues = z.input<typeof updateRecordSchema>;

/** Drafts a new record of a meeting, then opens it. */
export function NewRecordForm({ defaultValues }: { defaultValues: NewValues }) {
  const t = useTranslations("records");
  const state = useActionForm({
    schema: () => import("@/lib/records/schemas").then((m) => m.createRecordSchema),
    action: createRecordAction,
    defaultValues,
    redirectTo: (data) => `/records/${data.id}`,
  });
  return (
    <ActionForm state={state} label={t("newHeading")}>
      <RecordFields />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("createDraft")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/**
 * Edits a draft as a whole: its particulars and its numbered paragraphs, which are added,
 * edited, moved up or down and removed here and saved together; the numbers follow the order.
 */
export function EditRecordForm({ defaultValues }: { defaultValues: EditValues }) {
  const t = useTranslations("records");
  const state = useActionForm({
    schema: () => import("@/lib/records/schemas").then((m) => m.updateRecordSchema),
    action: updateRecordAction,
    defaultValues,
    message: () => t("saved"),
    // The next save states the version this one produced.
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  return (
    <ActionForm state={state} label={t("editHeading")}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflict")}
        loadLabel={t("loadTheirs")}
        onLoad={state.loadConflict}
        fields={[{ name: "title", label: t("fields.title") }]}
      />
      <RecordFields />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveDraft")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function RecordFields() {
  const t = useTranslations("records");
  const kinds = useTranslations("recordKinds");
  const languages = useTranslations("languages");
  return (
    <>
      <div className="form-grid">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          options={recordKinds.map((k) => ({ value: k, label: kinds(k) }))}
        />
        <TextField name="title" label={t("fields.title")} />
        <TextField name="symbol" label={t("fields.symbol")} hint={t("fields.symbolHint")} />
        <DateField name="issuedOn" label={t("fields.issuedOn")} hint={t("fields.issuedOnHint")} />
        <SelectField
          name="originalLanguage"
          label={t("fields.originalLanguage")}
          options={recordLanguages.map((l) => ({ value: l, label: languages(l) }))}
        />
      </div>
      <Paragraphs />
    </>
  );
}

/**
 * The numbered paragraphs: each with its text and the buttons that move or remove it. The list
 * is rewritten as a whole on each change (the inputs stay in place and take the new texts),
 * and the focus follows the paragraph moved or added, for keyboard users.
 */
function Paragraphs() {
  const t = useTranslations("records");
  const form = useFormContext<NewValues>();
  const { register, formState, getValues, setValue, setFocus } = form;
  const paragraphs = useWatch(form, "paragraphs") ?? [];
  const count = paragraphs.length;
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [focus, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    if (focus.startsWith("paragraphs.")) setFocus(focus as `paragraphs.${number}.text`);
    else buttons.current.get(focus)?.focus();
    setFocusTarget(null);
  }, [focus, setFocus]);
  const rewrite = (next: { text: string }[], then: string | null) => {
    setValue("paragraphs", next, { shouldValidate: formState.isSubmitted });
    setFocusTarget(then);
  };
  const current = () => getValues("paragraphs") ?? [];
  const move = (from: number, to: number) => {
    const next = [...current()];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    // The focus stays on the same button of the paragraph, now at its new place (or on the
    // other button when it reached the top or the bottom).
    const direction = to < from ? "up" : "down";
    const edge = direction === "up" ? to === 0 : to === next.length - 1;
    rewrite(next, `${edge ? (direction === "up" ? "down" : "up") : direction}-${to}`);
  };
  const listError = formState.errors.paragraphs;
  return (
    <fieldset>
      <legend>{t("paragraphsLegend", { count })}</legend>
      {count === 0 ? <p className="muted">{t("noParagraphs")}</p> : null}
      <ol className="paragraph-editor">
        {paragraphs.map((_paragraph, index) => {
          const id = `paragraph-${index + 1}`;
          const error = formState.errors[`paragraphs.${index}.text`];
          return (
            // The inputs keep their place; their texts move (see above).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rewritten, not reordered.
            <li key={index} value={index + 1}>
              <Field id={id} label={t("paragraphLabel", { number: index + 1 })} error={error}>
                <textarea
                  id={id}
                  rows={3}
                  defaultValue={getValues(`paragraphs.${index}.text`) ?? ""}
                  aria-invalid={!!error}
                  aria-describedby={error ? `${id}-error` : undefined}
                  {...register(`paragraphs.${index}.text`)}
                />
              </Field>
              <div className="actions-row mt-s">
                <button
                  ref={(el) => {
                    buttons.current.set(`up-${index}`, el);
                  }}
                  type="button"
                  className="button link"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={t("moveUpLabel", { number: index + 1 })}
                >
                  {t("moveUp")}
                </button>
                <button
                  ref={(el) => {
                    buttons.current.set(`down-${index}`, el);
                  }}
                  type="button"
                  className="button link"
                  disabled={index === count - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={t("moveDownLabel", { number: index + 1 })}
                >
                  {t("moveDown")}
                </button>
                <button
                  type="button"
                  className="button link"
                  onClick={() =>
                    rewrite(
                      current().filter((_p, i) => i !== index),
                      count > 1 ? `paragraphs.${Math.min(index, count - 2)}.text` : null,
                    )
                  }
                  aria-label={t("removeLabel", { number: index + 1 })}
                >
                  {t("remove")}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {listError ? (
        <p className="error" role="alert">
          {t("tooManyParagraphs")}
        </p>
      ) : null}
      <button
        type="button"
        className="button secondary mt"
        disabled={count >= MAX_PARAGRAPHS}
        onClick={() => rewrite([...current(), { text: "" }], `paragraphs.${count}.text`)}
      >
        {t("addParagraph")}
      </button>
    </fieldset>
  );
}
