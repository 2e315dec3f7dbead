import type { AgendaDocument } from "@/db/schema/agenda";

// The value lists and limits of the preparation forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/preparation/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

/** How a linked document reads in the form: "record:<id>". */
export function documentValue(document: AgendaDocument): string {
  return `${document.kind}:${document.id}`;
}
