"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import type { ActionMeta, ActionResult } from "@/lib/action";
import type { Checked, DeepPartial, Mode } from "./form-store";
import { type Form, useForm } from "./use-form";

/** A zod schema whose input and output are both form-shaped objects. */
type FormSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export type ActionFormOptions<S extends FormSchema, R> = {
  /**
   * Loads the area's schema, the same one the server action parses:
   * `() => import("@/lib/<area>/schemas").then((m) => m.someSchema)`. zod and the schemas are
   * a third of a form page's JavaScript, so they arrive when the form is first used (a field
   * focused, a submit), not with the page (app/form-schemas.test.ts keeps them out of it).
   */
  schema: () => Promise<S>;
  /**
   * The server action (or a wrapper adding fields such as the id and version; pass `meta` on
   * so that a repeated submit of the same form is recognised as one: lib/action.ts).
   */
  action: (values: z.output<S>, meta: ActionMeta) => Promise<ActionResult<R>>;
  defaultValues: DeepPartial<z.input<S>>;
  mode?: Mode;
  /** After a save: the confirmation the form shows. */
  message?: (data: R, values: z.output<S>) => string | null;
  /** After a save: where to go next (the page is otherwise refreshed in place). */
  redirectTo?: (data: R, values: z.output<S>) => string;
  /** After a save: the values the form continues with (e.g. the new version, an empty note). */
  resetTo?: (data: R, values: z.output<S>) => z.input<S>;
  /** After a save, for anything else the form needs to do. */
  onSuccess?: (data: R, values: z.output<S>) => void;
  /** After a refusal, e.g. to keep the values someone else saved. */
  onFailure?: (result: Extract<ActionResult<R>, { ok: false }>) => void;
};

export type ActionFormState<S extends FormSchema> = {
  form: Form<z.input<S>, z.output<S>>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** True from the click until the saved state is on screen (refresh or navigation included). */
  pending: boolean;
  /** Starts loading the schema (ActionForm calls it when a field is first focused). */
  preload: () => void;
  /** A key under "errors" or "refusals" (FormAlert shows it). */
  formError: string | null;
  success: string | null;
  /** On a version conflict: the values someone else saved in between. */
  conflict: Record<string, unknown> | null;
  /** Puts the saved values into the form (the user's own changes are replaced). */
  loadConflict: () => void;
  dismissConflict: () => void;
};

/**
 * The one way a form talks to its server action: the form's store (./form-store.ts) checked
 * with the shared zod schema,
 * the call, the server's field errors set back on their fields (focus on the first), the
 * form-level error, the confirmation, the version conflict, and a pending state that lasts
 * until the refreshed page is on screen, so the button and the message never disagree.
 */
export function useActionForm<S extends FormSchema, R>(
  options: ActionFormOptions<S, R>,
): ActionFormState<S> {
  const router = useRouter();
  // One loader per form, made on the first render: later renders pass a new arrow, same schema.
  const [validation] = useState(() => lazyCheck<S>(options.schema));
  const form = useForm<z.input<S>, z.output<S>>({
    check: validation.check,
    mode: options.mode ?? "onTouched",
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [refreshing, startTransition] = useTransition();
  // The latest options, so the submit handler never runs with stale callbacks.
  const latest = useRef(options);
  latest.current = options;
  // One key per submission: a double click or a retry after a lost answer reuses it (and
  // the server answers with the first result); a successful save starts a new one.
  const idempotencyKey = useRef<string>("");
  if (!idempotencyKey.current) idempotencyKey.current = newKey();

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      setSuccess(null);
      setConflict(null);
      const { action, message, redirectTo, resetTo, onSuccess, onFailure } = latest.current;
      const result = await action(values, { idempotencyKey: idempotencyKey.current });
      if (result.ok) {
        idempotencyKey.current = newKey();
        const confirmation = message?.(result.data, values) ?? null;
        const next = redirectTo?.(result.data, values);
        if (resetTo) form.reset(resetTo(result.data, values));
        onSuccess?.(result.data, values);
        // The confirmation and the refreshed page arrive together.
        startTransition(() => {
          setSuccess(confirmation);
          if (next) router.push(next);
          else router.refresh();
        });
        return;
      }
      onFailure?.(result);
      if (result.code === "conflict") setConflict(result.current ?? {});
      let focused = false;
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        const first = messages[0];
        if (!first || field === "_form") continue;
        form.setError(field, { message: first }, { shouldFocus: !focused });
        focused = true;
      }
      setFormError(result.formError);
    },
    (errors, shown) => {
      // A new attempt that fails the checks replaces the last confirmation.
      setSuccess(null);
      // A value the user cannot see or change was refused (an id the page gave the form): ours
      // to fix, but the user must not be left with a button that does nothing.
      setFormError(errors._form === UNAVAILABLE ? UNAVAILABLE : shown ? null : "internal");
    },
  );

  const loadConflict = useCallback(() => {
    if (!conflict) return;
    form.reset({ ...form.getValues(), ...conflict } as DeepPartial<z.input<S>>);
    setConflict(null);
    setFormError(null);
  }, [conflict, form]);

  return {
    form,
    onSubmit,
    pending: form.formState.isSubmitting || refreshing,
    preload: validation.preload,
    formError,
    success,
    conflict,
    loadConflict,
    dismissConflict: () => setConflict(null),
  };
}

/** The key (under "errors": shown without the server) when the checks could not be loaded. */
const UNAVAILABLE = "checksUnavailable";
/** How long loading the checks may take before the form says they could not be loaded. */
const CHECKS_TIMEOUT_MS = 15_000;

/**
 * The zod schema's check, with the schema loaded on first use. When it cannot be loaded the form
 * reports it (and the next attempt tries again); nothing is sent. Each field keeps the first
 * message zod gives for it, by its dotted path.
 */
function lazyCheck<S extends FormSchema>(load: () => Promise<S>) {
  let loading: Promise<S> | null = null;
  const ready = () => {
    loading ??= Promise.race([
      load(),
      // A request that hangs counts as failed: the form must not stay "sending" for ever.
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("form checks timed out")), CHECKS_TIMEOUT_MS),
      ),
    ]);
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  const check = async (values: z.input<S>): Promise<Checked<z.output<S>>> => {
    let schema: S;
    try {
      schema = await ready();
    } catch {
      return { ok: false, errors: { _form: UNAVAILABLE } };
    }
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { ok: true, values: parsed.data };
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return { ok: false, errors };
  };
  return { check, preload: () => void ready().catch(() => undefined) };
}

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
