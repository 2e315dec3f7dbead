"use client";

import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { FieldError } from "../field-error";
import { getAt } from "./form-store";
import { useFormContext } from "./use-form";

// Fields of an ActionForm: each carries its label, hint and error, and wires them for screen
// readers once (the error, else the hint, describes the control; invalid while the error
// shows). Values rendered on the server too, so the form is filled before scripts load.

/** What every field takes. */
export type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Defaults to a generated id; give one where a test or a label elsewhere needs it. */
  id?: string;
  className?: string;
};

export function useField(name: string, explicitId?: string) {
  const generated = useId();
  const id = explicitId ?? `f${generated.replace(/:/g, "")}-${name.replace(/\./g, "-")}`;
  const { register, formState } = useFormContext();
  return {
    id,
    register,
    error: formState.errors[name],
    defaultValue: getAt(formState.defaultValues, name),
  };
}

export function describedBy(id: string, error?: string, hint?: ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

/** The hint under a control, and its error (ids `<id>-hint`, `<id>-error`: see describedBy). */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** Label, control, hint and error in the house layout. */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  id: explicitId,
  className,
  type = "text",
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue">) {
  const { id, register, error, defaultValue } = useField(name, explicitId);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type={type}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)}
        defaultValue={defaultValue == null ? "" : String(defaultValue)}
        {...input}
        {...register(name)}
      />
    </Field>
  );
}

/** A calendar day, sent as YYYY-MM-DD (never a time zone question). */
export function DateField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return <TextField {...props} type="date" />;
}

export function TextareaField({
  name,
  label,
  hint,
  id: explicitId,
  className,
  rows = 4,
  ...textarea
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "defaultValue">) {
  const { id, register, error, defaultValue } = useField(name, explicitId);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)}
        defaultValue={defaultValue == null ? "" : String(defaultValue)}
        {...textarea}
        {...register(name)}
      />
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  hint,
  id: explicitId,
  className,
  options,
  empty,
  ...select
}: Common & {
  options: readonly Option[];
  /** The label of an empty first choice ("No lead organization", "Choose ..."). */
  empty?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "defaultValue">) {
  const { id, register, error, defaultValue } = useField(name, explicitId);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error, hint)}
        defaultValue={defaultValue == null ? "" : String(defaultValue)}
        {...select}
        {...register(name)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
