"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLocale } from "@/app/_components/intl";
import type { ActionResult } from "@/lib/action";
import { preloadFormMessages } from "../form-messages";
import { useHydrated } from "../use-hydrated";

/**
 * For actions started by a button rather than a form (send reminders, remove, revoke): one
 * call at a time, the error key or the confirmation, and a pending state that lasts until the
 * refreshed page is on screen. `disabled` is for the button: while the call runs, and until the
 * page is hydrated (a click before would be lost).
 */
export function useActionCall<I, R>(
  action: (input: I) => Promise<ActionResult<R>>,
  {
    message,
    redirectTo,
    onSuccess,
  }: {
    message?: (data: R) => string | null;
    redirectTo?: (data: R) => string;
    onSuccess?: (data: R) => void;
  } = {},
) {
  const router = useRouter();
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const ready = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const run = (input: I) => {
    // A refusal is shown in words loaded on first use: they come while the action runs.
    preloadFormMessages(locale);
    startTransition(async () => {
      setError(null);
      setSuccess(null);
      const result = await action(input);
      if (!result.ok) {
        setError(result.formError);
        return;
      }
      onSuccess?.(result.data);
      const next = redirectTo?.(result.data);
      startTransition(() => {
        setSuccess(message?.(result.data) ?? null);
        if (next) router.push(next);
        else router.refresh();
      });
    });
  };
  return { run, pending, disabled: pending || !ready, error, success };
}
