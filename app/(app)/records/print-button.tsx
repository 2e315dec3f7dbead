"use client";

/** Opens the browser's print dialog (records and agendas print as clean documents). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
