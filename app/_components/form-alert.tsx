"use client";

import { useTranslations } from "@/app/_components/intl";
import { FormMessage } from "./form-messages";

/**
 * The form-level message after a submit: an error key from lib/action.ts (under "errors", or
 * a schema's form-level key under "validation"), or a success text. Announced when it appears.
 */
export function FormAlert({ error, success }: { error?: string | null; success?: string | null }) {
  const errors = useTranslations("errors");
  if (error) {
    return (
      <div className="alert error" role="alert">
        {errors.has(error) ? (
          errors(error)
        ) : (
          <FormMessage
            messageKey={error}
            from={["refusals", "validation"]}
            fallback={errors("internal")}
          />
        )}
      </div>
    );
  }
  if (success) {
    return (
      <div className="alert success" role="status">
        {success}
      </div>
    );
  }
  return null;
}
