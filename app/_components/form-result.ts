"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action";

/** Puts the server's field errors back on the form; returns the form-level error key, if any. */
export function applyActionErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): string | null {
  if (result.ok) return null;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages[0];
    if (message && field !== "_form") setError(field as Path<T>, { type: "server", message });
  }
  return result.formError;
}
