"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
import { bodyKinds } from "@/db/schema/enums";
import {
  appointChairAction,
  createBodyAction,
  removeChairAction,
  setMembersAction,
  updateBodyAction,
} from "@/lib/bodies/actions";
import { appointChairSchema, createBodySchema, updateBodySchema } from "@/lib/bodies/schemas";

type CreateInput = z.input<typeof createBodySchema>;
type UpdateInput = z.input<typeof updateBodySchema>;

/** Creates a body, or edits one (its mandate's earlier text is kept as a version). */
export function BodyForm({ defaultValues }: { defaultValues: CreateInput | UpdateInput }) {
  const t = useTranslations("bodyAdmin");
  const kinds = useTranslations("bodyKinds");
  const router = useRouter();
  const editing = "id" in defaultValues;
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateInput & Partial<UpdateInput>>({
    resolver: zodResolver(editing ? updateBodySchema : createBodySchema) as never,
    mode: "onTouched",
    defaultValues,
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = editing ? await updateBodyAction(values) : await createBodyAction(values);
    if (result.ok) {
      setSaved(true);
      if (!editing) router.push(`/bodies/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} success={saved ? t("saved") : null} />
      {!editing ? (
        <div className="field" style={{ maxWidth: 320 }}>
          <label htmlFor="body-kind">{t("kind")}</label>
          <select id="body-kind" defaultValue={defaultValues.kind} {...register("kind")}>
            {bodyKinds.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="body-name">{t("name")}</label>
        <input
          id="body-name"
          type="text"
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? "body-name-error" : undefined}
          defaultValue={defaultValues.name}
          {...register("name")}
        />
        <FieldError id="body-name-error" message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor="body-mandate">{t("mandate")}</label>
        <textarea
          id="body-mandate"
          rows={5}
          aria-describedby="body-mandate-hint"
          defaultValue={defaultValues.mandate}
          {...register("mandate")}
        />
        <span className="hint" id="body-mandate-hint">
          {t("mandateHint")}
        </span>
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="body-activeFrom">{t("activeFrom")}</label>
          <input
            id="body-activeFrom"
            type="date"
            defaultValue={defaultValues.activeFrom ?? ""}
            {...register("activeFrom")}
          />
          <FieldError id="body-activeFrom-error" message={errors.activeFrom?.message} />
        </div>
        {editing ? (
          <div className="field">
            <label htmlFor="body-activeTo">{t("activeTo")}</label>
            <input
              id="body-activeTo"
              type="date"
              aria-describedby="body-activeTo-hint"
              defaultValue={(defaultValues as UpdateInput).activeTo ?? ""}
              {...register("activeTo")}
            />
            <span className="hint" id="body-activeTo-hint">
              {t("activeToHint")}
            </span>
            <FieldError id="body-activeTo-error" message={errors.activeTo?.message} />
          </div>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : editing ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}

export function ChairsManager({
  bodyId,
  chairs,
}: {
  bodyId: string;
  chairs: { id: string; name: string }[];
}) {
  const t = useTranslations("bodyAdmin");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  type Input = z.input<typeof appointChairSchema>;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, z.output<typeof appointChairSchema>>({
    resolver: zodResolver(appointChairSchema),
    mode: "onTouched",
    defaultValues: { bodyId, name: "", email: "", jobTitle: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await appointChairAction(values);
    if (result.ok) {
      reset();
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });
  return (
    <div className="stack">
      {chairs.length > 0 ? (
        <ul className="timeline">
          {chairs.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <button
                type="button"
                className="button danger"
                disabled={pending}
                onClick={() => {
                  if (!window.confirm(t("removeChairConfirm", { name: c.name }))) return;
                  startTransition(async () => {
                    const result = await removeChairAction({ bodyId, userId: c.id });
                    if (result.ok) router.refresh();
                    else setFormError(result.formError);
                  });
                }}
              >
                {t("removeChair")}
                <span className="visually-hidden"> {c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>{t("appointChair")}</summary>
        <form onSubmit={onSubmit} className="stack" noValidate style={{ marginTop: "0.5rem" }}>
          <FormAlert error={formError} />
          {(["name", "email", "jobTitle"] as const).map((f) => (
            <TextField
              key={f}
              id={`chair-${f}`}
              type={f === "email" ? "email" : "text"}
              label={t(`chair.${f}`)}
              error={errors[f]?.message}
              registration={register(f)}
            />
          ))}
          <div>
            <button type="submit" className="button" disabled={isSubmitting}>
              {t("appoint")}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}

export function MembersForm({
  bodyId,
  version,
  organizations,
  members,
}: {
  bodyId: string;
  version: number;
  organizations: { id: string; name: string }[];
  members: string[];
}) {
  const t = useTranslations("bodyAdmin");
  const router = useRouter();
  const [chosen, setChosen] = useState(new Set(members));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <details>
      <summary>{t("editMembers")}</summary>
      <form
        className="stack"
        style={{ marginTop: "0.5rem" }}
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            setError(null);
            const result = await setMembersAction({
              bodyId,
              version,
              organizationIds: [...chosen],
            });
            if (result.ok) {
              setSaved(true);
              router.refresh();
            } else setError(result.formError);
          });
        }}
      >
        <FormAlert error={error} success={saved ? t("membersSaved") : null} />
        <fieldset>
          <legend>{t("membersLegend", { count: chosen.size })}</legend>
          <div
            className="checks"
            style={{
              display: "grid",
              gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
            }}
          >
            {organizations.map((o) => (
              <label key={o.id}>
                <input
                  type="checkbox"
                  checked={chosen.has(o.id)}
                  onChange={() =>
                    setChosen((current) => {
                      const next = new Set(current);
                      if (next.has(o.id)) next.delete(o.id);
                      else next.add(o.id);
                      return next;
                    })
                  }
                />{" "}
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {t("saveMembers")}
          </button>
        </div>
      </form>
    </details>
  );
}
