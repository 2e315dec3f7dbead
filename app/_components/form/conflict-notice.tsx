"use client";

import { lazyPart } from "../lazy-part";
import type { ConflictProps } from "./conflict-details";

// A conflict is rare: what shows it is loaded when one happens (the form's own alert already
// says that someone saved in between).
const ConflictDetails = lazyPart<ConflictProps>(() =>
  import("./conflict-details").then((m) => m.ConflictDetails),
);

/**
 * Someone saved in between: says so, shows what they saved (field by field, where the form
 * names the fields), and offers to load it; the user's own text stays in the form until then.
 */
export function ConflictNotice({
  conflict,
  ...props
}: Omit<ConflictProps, "conflict"> & { conflict: Record<string, unknown> | null }) {
  return conflict ? <ConflictDetails conflict={conflict} {...props} /> : null;
}
