import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Writes the audit row inside the caller's transaction: if it fails, the change rolls back. */
export async function writeAudit(tx: Tx, actorId: string | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
