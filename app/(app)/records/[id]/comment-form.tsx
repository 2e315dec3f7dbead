"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextareaField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { commentOnRecordAction } from "@/lib/records/actions";

/** A focal point's comment on a paragraph, for their organization, with replacement text if they wish. */
export function CommentForm({
  recordId,
  organizations,
  paragraphs,
}: {
  recordId: string;
  /** The recipient organizations the viewer comments for (usually one). */
  organizations: { id: string; name: string }[];
  paragraphs: { number: number; text: string }[];
}) {
  const t = useTranslations("records");
  const first = organizations[0];
  const empty = {
    recordId,
    organizationId: first?.id ?? "",
    paragraphNumber: "",
    text: "",
    proposedText: "",
  };
  const state = useActionForm({
    schema: () => import("@/lib/records/schemas").then((m) => m.commentSchema),
    action: commentOnRecordAction,
    defaultValues: empty,
    message: () => t("commentSent"),
    resetTo: (_data, values) => ({ ...empty, organizationId: values.organizationId }),
  });
  return (
    <ActionForm state={state} label={t("commentHeading")}>
      <div className="form-grid">
        {organizations.length > 1 ? (
          <SelectField
            name="organizationId"
            label={t("commentFor")}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        <SelectField
          name="paragraphNumber"
          label={t("paragraph")}
          empty={t("chooseParagraph")}
          options={paragraphs.map((p) => ({
            value: String(p.number),
            label: t("paragraphOption", {
              number: p.number,
              excerpt: p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text,
            }),
          }))}
        />
      </div>
      <TextareaField name="text" label={t("comment")} rows={3} />
      <TextareaField
        name="proposedText"
        label={t("proposedText")}
        hint={t("proposedTextHint")}
        rows={3}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>
          {first && organizations.length === 1
            ? t("sendCommentFor", { organization: first.name })
            : t("sendComment")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
