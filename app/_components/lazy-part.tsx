"use client";

import { type ComponentType, lazy, Suspense } from "react";
import { useTranslations } from "@/app/_components/intl";

/**
 * A part of a page whose code is loaded only where it is shown (a form that appears at one
 * stage of a record, for one role): the server still renders it, so it is on screen at once,
 * and the browser fetches its code while the page comes alive. If the code cannot be fetched
 * (the connection lost, a new release), the part says so and the rest of the page works.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Lazy = lazy<ComponentType<P>>(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: PartUnavailable }),
    ),
  );
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part, at module level (never during a render).
  function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyPart;
}

function PartUnavailable() {
  const t = useTranslations("errors");
  return (
    <p className="alert error" role="alert">
      {t("partUnavailable")}
    </p>
  );
}
