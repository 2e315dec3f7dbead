"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while the page is hydrated, true once React runs it. A button
 * whose work is done by JavaScript (a form's submit, an action's button) is disabled until
 * then: a click that lands before the page comes alive would otherwise do nothing at all, or
 * send the form natively, its fields in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
