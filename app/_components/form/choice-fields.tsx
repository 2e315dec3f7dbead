"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { type Common, describedBy, HintAndError, type Option, useField } from "./fields";

// The fields that are boxes to tick or a choice among a few (in a module of their own: the few
// forms that have them load them, the others do not).

export function CheckboxField({
  name,
  label,
  hint,
  id: explicitId,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type">) {
  const { id, register, error, defaultValue } = useField(name, explicitId);
  return (
    <div className={className ? `field check ${className}` : "field check"}>
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error, hint)}
          defaultChecked={defaultValue === true}
          {...input}
          {...register(name)}
        />{" "}
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** One choice among a few, as radio buttons in a fieldset whose legend is the question. */
export function RadioGroupField({
  name,
  legend,
  options,
  hint,
  className,
}: {
  name: string;
  legend: ReactNode;
  options: readonly Option[];
  hint?: ReactNode;
  className?: string;
}) {
  const { id, register, error, defaultValue } = useField(name);
  return (
    <fieldset
      className={className}
      aria-invalid={!!error}
      aria-describedby={describedBy(id, error, hint)}
    >
      <legend>{legend}</legend>
      <div className="checks">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              value={o.value}
              defaultChecked={String(defaultValue) === o.value}
              {...register(name)}
            />{" "}
            {o.label}
          </label>
        ))}
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}
