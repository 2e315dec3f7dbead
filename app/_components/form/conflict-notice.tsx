"use client";

import type { ReactNode } from "react";

/**
 * Someone saved in between: says so, shows what they saved (field by field, where the form
 * names the fields), and offers to load it; the user's own text stays in the form until then.
 */
export function ConflictNotice({
  conflict,
  explanation,
  loadLabel,
  fields = [],
  onLoad,
  format = (value) => (value === null || value === undefined || value === "" ? "—" : String(value)),
}: {
  conflict: Record<string, unknown> | null;
  explanation: ReactNode;
  loadLabel: ReactNode;
  fields?: { name: string; label: ReactNode }[];
  onLoad: () => void;
  format?: (value: unknown, name: string) => ReactNode;
}) {
  if (!conflict) return null;
  const shown = fields.filter((f) => f.name in conflict);
  return (
    <div className="alert warning" role="alert">
      <p>{explanation}</p>
      {shown.length > 0 ? (
        <dl className="facts conflict-values">
          {shown.map((f) => (
            <div key={f.name} className="contents">
              <dt>{f.label}</dt>
              <dd>{format(conflict[f.name], f.name)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <button type="button" className="button secondary" onClick={onLoad}>
        {loadLabel}
      </button>
    </div>
  );
}
