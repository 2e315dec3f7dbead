"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useActionFormStatus } from "./form/form-status";
import { useHydrated } from "./use-hydrated";

/**
 * The submit button of a form: disabled and relabelled while the form is submitting, so it
 * cannot double-submit. Inside an ActionForm it follows that form's state (which lasts until
 * the refreshed page is on screen); in a plain server-action form, React's form status.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  disabled = false,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
}) {
  const actionForm = useActionFormStatus();
  const status = useFormStatus();
  const pending = actionForm ? actionForm.pending : status.pending;
  // Until the page is hydrated a click would send the form natively (a GET, its fields in
  // the address): the button waits for the form's script.
  const ready = useHydrated();
  return (
    <button
      type="submit"
      className={`button ${variant === "primary" ? "" : variant}`}
      disabled={pending || disabled || !ready}
      aria-disabled={pending || disabled || !ready}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
