"use client";

import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useFormContext } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/preparation/actions";
import { documentValue } from "@/lib/preparation/choices";

/** What the agenda forms offer (lib/preparation/queries.ts, agendaChoices). */
export type AgendaChoices = {
  bodies: { id: string; name: string }[];
  documents: { value: string; kind: "record" | "report" | "decision"; label: string }[];
};

/** The fields of an agenda item: title, lead body, time, length, linked documents. */
function ItemFields({ choices, idPrefix }: { choices: AgendaChoices; idPrefix: string }) {
  const t = useTranslations("agenda");
  const { register, formState } = useFormContext<{ documents: string[] }>();
  const error = formState.errors.documents;
  return (
    <>
      <TextField name="title" label={t("fields.title")} id={`${idPrefix}-title`} />
      <div className="form-grid">
        <SelectField
          name="leadBodyId"
          label={t("fields.leadBody")}
          id={`${idPrefix}-lead`}
          options={choices.bodies.map((b) => ({ value: b.id, label: b.name }))}
          empty={t("noLeadBody")}
        />
        <div className="form-grid">
          <TextField
            name="startsAt"
            type="time"
            label={t("fields.startsAt")}
            hint={t("fields.startsAtHint")}
            id={`${idPrefix}-time`}
          />
          <TextField
            name="durationMinutes"
            type="number"
            min={5}
            max={600}
            step={5}
            label={t("fields.duration")}
            id={`${idPrefix}-duration`}
          />
        </div>
      </div>
      <fieldset aria-describedby={error ? `${idPrefix}-documents-error` : undefined}>
        <legend>{t("fields.documents")}</legend>
        {choices.documents.length === 0 ? (
          <p className="muted">{t("noDocuments")}</p>
        ) : (
          <div className="checks columns">
            {choices.documents.map((d) => (
              <label key={d.value}>
                <input type="checkbox" value={d.value} {...register("documents")} />{" "}
                {d.kind === "decision" ? t("decisionDocument", { label: d.label }) : d.label}
              </label>
            ))}
          </div>
        )}
        <FieldError id={`${idPrefix}-documents-error`} message={error} />
      </fieldset>
    </>
  );
}

/** Edits an item of the provisional agenda. */
export function EditAgendaItemForm({
  item,
  choices,
}: {
  item: {
    id: string;
    version: number;
    title: string;
    leadBodyId: string | null;
    startsAt: string | null;
    durationMinutes: number | null;
    documents: { kind: "record" | "report" | "decision"; id: string }[];
  };
  choices: AgendaChoices;
}) {
  const t = useTranslations("agenda");
  const state = useActionForm({
    schema: () => import("@/lib/preparation/schemas").then((m) => m.updateAgendaItemSchema),
    action: updateAgendaItemAction,
    defaultValues: {
      itemId: item.id,
      version: item.version,
      title: item.title,
      leadBodyId: item.leadBodyId ?? "",
      startsAt: item.startsAt ?? "",
      durationMinutes: item.durationMinutes ?? "",
      documents: item.documents.map(documentValue),
    },
    message: () => t("itemSaved"),
    resetTo: (data, values) => ({
      ...values,
      leadBodyId: values.leadBodyId ?? "",
      startsAt: values.startsAt ?? "",
      durationMinutes: values.durationMinutes ?? "",
      documents: values.documents.map(documentValue),
      version: data.version,
    }),
  });
  return (
    <ActionForm state={state} label={t("editLabel", { title: item.title })}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflict")}
        loadLabel={t("loadTheirs")}
        onLoad={state.loadConflict}
        fields={[{ name: "title", label: t("fields.title") }]}
      />
      <ItemFields choices={choices} idPrefix={`item-${item.id}`} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("saveItem")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Adds an item of the secretariat's own (accepted, at the end). */
export function AddAgendaItemForm({
  meetingId,
  choices,
}: {
  meetingId: string;
  choices: AgendaChoices;
}) {
  const t = useTranslations("agenda");
  const empty = {
    meetingId,
    title: "",
    leadBodyId: "",
    startsAt: "",
    durationMinutes: "",
    documents: [] as string[],
  };
  const state = useActionForm({
    schema: () => import("@/lib/preparation/schemas").then((m) => m.addAgendaItemSchema),
    action: addAgendaItemAction,
    defaultValues: empty,
    message: () => t("itemAdded"),
    resetTo: () => empty,
  });
  return (
    <ActionForm state={state} label={t("addHeading")}>
      <ItemFields choices={choices} idPrefix="new-item" />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addItem")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
