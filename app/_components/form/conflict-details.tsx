"use client";

import type { ReactNode } from "react";

export type ConflictProps = {
  conflict: Record<string, unknown>;
  explanation: ReactNode;
  loadLabel: ReactNode;
  fields?: { name: string; label: ReactNode }[];
  onLoad: () => void;
  format?: (value: unknown, name: string) => ReactNode;
};

/** What ./conflict-notice.tsx shows once someone saved in between. */
export function ConflictDetails({
  conflict,
  explanation,
  loadLabel,
  fields = [],
  onLoad,
  format = (value) => (value === null || value === undefined || value === "" ? "—" : String(value)),
}: ConflictProps) {
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
