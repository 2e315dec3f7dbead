"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import { useLocale } from "@/app/_components/intl";
import { FormAlert } from "../form-alert";
import { preloadFormMessages } from "../form-messages";
import { FormStatusContext } from "./form-status";
import type { ActionFormState } from "./use-action-form";
import { FormContext } from "./use-form";

/**
 * A form driven by useActionForm: its fields (./fields.tsx) find their registration and
 * errors through the context; the form-level error or confirmation shows above them.
 */
export function ActionForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>({
  state,
  children,
  className = "stack",
  label,
}: {
  state: ActionFormState<S>;
  children: ReactNode;
  className?: string;
  /** An accessible name, where a page holds several forms. */
  label?: string;
}) {
  const locale = useLocale();
  return (
    <FormContext.Provider value={state.form as never}>
      <FormStatusContext.Provider value={{ pending: state.pending }}>
        <form
          onSubmit={state.onSubmit}
          onFocus={() => {
            state.preload();
            preloadFormMessages(locale);
          }}
          className={className}
          noValidate
          aria-label={label}
        >
          <FormAlert error={state.formError} success={state.success} />
          {children}
        </form>
      </FormStatusContext.Provider>
    </FormContext.Provider>
  );
}
