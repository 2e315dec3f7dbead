"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { useHydrated } from "./use-hydrated";

// A step that cannot be taken back (submit, accept, issue, withdraw, delete) asks first: the
// button opens the question with a confirming and a cancelling button, the cancelling one
// focused (the safe choice for a keyboard user who presses Enter again).

export function ConfirmStep({
  label,
  question,
  explanation,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  danger = false,
  pending,
  onConfirm,
  children,
}: {
  /** The first button's text. */
  label: ReactNode;
  question: ReactNode;
  explanation?: ReactNode;
  confirmLabel: ReactNode;
  /** The confirming button's text while the step runs (defaults to `confirmLabel`). */
  pendingLabel?: ReactNode;
  cancelLabel: ReactNode;
  danger?: boolean;
  pending: boolean;
  onConfirm: () => void;
  /** What the step answered (a FormAlert), shown in either state. */
  children?: ReactNode;
}) {
  const [asked, setAsked] = useState(false);
  const ready = useHydrated();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asked) cancelRef.current?.focus();
  }, [asked]);
  const tone = danger ? "button danger" : "button";
  return (
    <div className="stack">
      {asked ? (
        <>
          <p>
            <strong>{question}</strong>
          </p>
          {explanation ? <p className="muted">{explanation}</p> : null}
          <div className="actions-row">
            <button
              type="button"
              className={tone}
              disabled={pending}
              aria-disabled={pending}
              onClick={onConfirm}
            >
              {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
            </button>
            <button
              type="button"
              className="button secondary"
              ref={cancelRef}
              onClick={() => setAsked(false)}
            >
              {cancelLabel}
            </button>
          </div>
        </>
      ) : (
        <div>
          <button
            type="button"
            className={tone}
            disabled={!ready}
            aria-disabled={!ready}
            onClick={() => setAsked(true)}
          >
            {label}
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
