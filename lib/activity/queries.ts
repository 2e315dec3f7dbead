import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, organizations, outbox, users } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

export const PAGE_SIZE = 50;

/** The audit trail, newest first, a page at a time (keyset on id: fast however long it grows). */
export async function listAudit(db: DbOrTx, viewer: Viewer, { before }: { before?: number } = {}) {
  if (!can(viewer, "audit.read")) throw new ForbiddenError();
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      at: auditLog.at,
      actorName: users.name,
      organizationName: organizations.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(
      organizations,
      and(
        eq(auditLog.entity, "organization"),
        eq(sql`${organizations.id}::text`, auditLog.entityId),
      ),
    )
    .where(before ? lt(auditLog.id, before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(PAGE_SIZE + 1);
  return {
    rows: rows.slice(0, PAGE_SIZE),
    nextBefore: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]?.id : undefined,
  };
}

/**
 * E-mails queued for sending, newest first, a page at a time. Keyset on (queued at, id), the
 * cursor being the last row shown: e-mails queued in one transaction share their time to the
 * microsecond (more precisely than a JavaScript date), and none is skipped between pages.
 */
export async function listOutbox(db: DbOrTx, viewer: Viewer, { after }: { after?: string } = {}) {
  if (!can(viewer, "outbox.read")) throw new ForbiddenError();
  const cursor = after && /^[0-9a-f-]{36}$/i.test(after) ? after : undefined;
  const rows = await db
    .select()
    .from(outbox)
    .where(
      cursor
        ? sql`(${outbox.createdAt}, ${outbox.id}) < (select o.created_at, o.id from ${outbox} o where o.id = ${cursor})`
        : undefined,
    )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(PAGE_SIZE + 1);
  return {
    rows: rows.slice(0, PAGE_SIZE),
    nextAfter: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]?.id : undefined,
  };
}
