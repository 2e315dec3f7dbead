"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** For server-action forms: disabled while the form is submitting, so it cannot double-submit. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`button ${variant === "primary" ? "" : variant}`}
      disabled={pending}
      aria-disabled={pending}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
