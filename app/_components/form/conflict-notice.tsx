"use client";

import { type ComponentType, lazy, Suspense } from "react";
import type { ConflictProps } from "./conflict-details";

// A conflict is rare: what shows it is loaded when one happens (the form's own alert already
// says that someone saved in between; if the details cannot be loaded, that alert stays alone).
const ConflictDetails = lazy<ComponentType<ConflictProps>>(() =>
  import("./conflict-details").then(
    (m) => ({ default: m.ConflictDetails }),
    () => ({ default: () => null }),
  ),
);

/**
 * Someone saved in between: says so, shows what they saved (field by field, where the form
 * names the fields), and offers to load it; the user's own text stays in the form until then.
 */
export function ConflictNotice({
  conflict,
  ...props
}: Omit<ConflictProps, "conflict"> & { conflict: Record<string, unknown> | null }) {
  if (!conflict) return null;
  return (
    <Suspense fallback={null}>
      <ConflictDetails conflict={conflict} {...props} />
    </Suspense>
  );
}
