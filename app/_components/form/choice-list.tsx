"use client";

import type { ReactNode } from "react";
import { FieldError } from "../field-error";
import type { Path, PathValue } from "./form-store";
import { type Form, useWatch } from "./use-form";

// A list of checkboxes for one form value holding ids (the bodies asked for reports, the
// organizations invited, a record's recipients), with quick choices ("Select all", "Select
// none", ...) above it. The form reads what is chosen to count it in its legend and button.

/** What is chosen in the form's `name` (among `listed` ones, when given), and how to change it. */
export function useChoices<T>(form: Form<T, unknown>, name: Path<T>, listed?: ReadonlySet<string>) {
  const { setValue, formState } = form;
  const watched = (useWatch(form, name) as string[] | undefined) ?? [];
  const chosen = listed ? watched.filter((id) => listed.has(id)) : watched;
  const choose = (ids: string[]) =>
    setValue(name, ids as PathValue<T, typeof name>, { shouldValidate: formState.isSubmitted });
  const error = formState.errors[name];
  return { chosen, choose, error } as Choices;
}

type Choices = { chosen: string[]; choose: (ids: string[]) => void; error: string | undefined };

export function ChoiceList({
  id,
  legend,
  hint,
  quickChoices,
  options,
  chosen,
  choose,
  error,
}: {
  /** Prefix of the hint's and the error's ids. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  quickChoices: { label: ReactNode; ids: string[] }[];
  options: { id: string; label: ReactNode }[];
} & Choices) {
  const toggle = (option: string) =>
    choose(chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option]);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="actions-row mb-s">
        {quickChoices.map((quick, index) => (
          <button
            // The quick choices are fixed for the form's life.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
            key={index}
            type="button"
            className="button link"
            onClick={() => choose(quick.ids)}
          >
            {quick.label}
          </button>
        ))}
      </div>
      <div className="checks columns">
        {options.map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={() => toggle(option.id)}
            />{" "}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
