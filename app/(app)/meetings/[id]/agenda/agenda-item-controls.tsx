"use client";

import { useEffect, useRef, useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import type { AgendaItemStatus } from "@/db/schema/enums";
import { moveAgendaItemAction, setAgendaItemStatusAction } from "@/lib/preparation/actions";

/**
 * An item's buttons: accept, drop (or put back), move up, move down. After a move the focus
 * stays on the button pressed, so that a keyboard user can move the item again at once.
 */
export function AgendaItemControls({
  itemId,
  version,
  status,
  label,
  position,
  first,
  last,
}: {
  itemId: string;
  version: number;
  status: AgendaItemStatus;
  /** Names the item in the buttons' accessible names, e.g. "item 3". */
  label: string;
  /** The item's place in the list: when it changes, the moved item's button gets the focus back. */
  position: number;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("agenda");
  const setStatus = useActionCall(setAgendaItemStatusAction);
  const move = useActionCall(moveAgendaItemAction);
  const [moved, setMoved] = useState<"up" | "down" | null>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the item's place changes.
  useEffect(() => {
    if (!moved) return;
    const target = moved === "up" ? (first ? down : up) : last ? up : down;
    target.current?.focus();
    setMoved(null);
  }, [position]);
  const busy = setStatus.disabled || move.disabled;
  return (
    <div className="stack">
      <div className="actions-row">
        {status !== "accepted" ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            aria-label={t("acceptLabel", { item: label })}
            onClick={() => setStatus.run({ itemId, version, status: "accepted" })}
          >
            {t("accept")}
          </button>
        ) : null}
        {status !== "dropped" ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            aria-label={t("dropLabel", { item: label })}
            onClick={() => setStatus.run({ itemId, version, status: "dropped" })}
          >
            {t("drop")}
          </button>
        ) : (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            aria-label={t("restoreLabel", { item: label })}
            onClick={() => setStatus.run({ itemId, version, status: "proposed" })}
          >
            {t("restore")}
          </button>
        )}
        <button
          ref={up}
          type="button"
          className="button link"
          disabled={busy || first}
          aria-label={t("moveUpLabel", { item: label })}
          onClick={() => {
            setMoved("up");
            move.run({ itemId, direction: "up" });
          }}
        >
          {t("moveUp")}
        </button>
        <button
          ref={down}
          type="button"
          className="button link"
          disabled={busy || last}
          aria-label={t("moveDownLabel", { item: label })}
          onClick={() => {
            setMoved("down");
            move.run({ itemId, direction: "down" });
          }}
        >
          {t("moveDown")}
        </button>
      </div>
      <FormAlert error={setStatus.error ?? move.error} />
    </div>
  );
}
