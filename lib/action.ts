import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { type AuditEntry, writeAudit } from "./audit";
import { type Capability, can, type Scope, type Viewer } from "./auth/permissions";
import { type Clock, readClock } from "./clock";
import { ConflictError, DomainError } from "./errors";
import { log } from "./log";
import { uniqueViolation } from "./unique-violations";

// The one path every mutation takes: authenticate -> strict parse -> authorize ->
// transaction with its audit row -> typed result. lib/action-server.ts binds it to the
// request (session, revalidation); tests call executeAction directly with a viewer.

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation"
  | "internal";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      /** A key under "errors" (messages/common) or "refusals" (messages/forms). */
      formError: string;
      /** Field name -> keys under "validation" (messages/forms/<locale>.json). */
      fieldErrors?: Record<string, string[]>;
      /** On conflict: the values someone else saved. */
      current?: Record<string, unknown>;
    };

export type ActionContext<I> = {
  tx: Tx;
  viewer: Viewer;
  input: I;
  clock: Clock;
  audit: (entry: AuditEntry) => Promise<void>;
  /** Declares that this run changed nothing (e.g. a repeated submit), so no audit row is due. */
  unchanged: () => void;
};

export type ActionDefinition<S extends z.ZodType, R> = {
  /** Also the audit log's action name, e.g. "organization.update". */
  name: string;
  schema: S;
  capability: Capability;
  /** The organization or body the input touches, for scoped capabilities. */
  scope?(input: z.output<S>, tx: Tx): Promise<Scope> | Scope;
  run(ctx: ActionContext<z.output<S>>): Promise<R>;
  /** Paths whose cached render must be refreshed after success. */
  revalidate?(input: z.output<S>, result: R): string[];
};

/** Any action, for lists of them (method signatures keep each one assignable here). */
export type AnyAction = ActionDefinition<z.ZodType, unknown>;

export function defineAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
): ActionDefinition<S, R> {
  return definition;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    const message = issue.code === "unrecognized_keys" ? "unknownField" : issue.message;
    if (!out[key]?.includes(message)) out[key] = [...(out[key] ?? []), message];
  }
  return out;
}

type Parsed<S extends z.ZodType> =
  | { ok: true; viewer: Viewer; data: z.output<S> }
  | { ok: false; failure: ActionResult<never> };

function authenticateAndParse<S extends z.ZodType>(
  schema: S,
  viewer: Viewer | null,
  input: unknown,
): Parsed<S> {
  if (!viewer)
    return {
      ok: false,
      failure: { ok: false, code: "unauthenticated", formError: "unauthenticated" },
    };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // A form-level message from the schema (e.g. "fileTooLarge") names the problem itself.
    const formLevel = fieldErrors._form?.[0];
    return {
      ok: false,
      failure: {
        ok: false,
        code: "validation",
        formError: formLevel ?? "validation",
        fieldErrors,
      },
    };
  }
  return { ok: true, viewer, data: parsed.data as z.output<S> };
}

/** What a form sends beside its values: the key that makes a repeated submit one submit. */
export const actionMetaSchema = z
  .strictObject({ idempotencyKey: z.string().regex(/^[\w-]{16,64}$/) })
  .partial();
export type ActionMeta = z.infer<typeof actionMetaSchema>;

export async function executeAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  {
    db,
    viewer: maybeViewer,
    input,
    idempotencyKey,
  }: { db: Db; viewer: Viewer | null; input: unknown; idempotencyKey?: string },
): Promise<ActionResult<R>> {
  const parsed = authenticateAndParse(definition.schema, maybeViewer, input);
  if (!parsed.ok) return parsed.failure;
  const { viewer, data } = parsed;

  try {
    const result = await db.transaction(async (tx) => {
      const scope = definition.scope ? await definition.scope(data, tx) : {};
      if (!can(viewer, definition.capability, scope)) throw new ForbiddenSignal();
      // A key already used by this user for this action: the first run's result, nothing
      // written. (A concurrent first run holds the key's row until it commits or rolls back.)
      let keyRow: string | undefined;
      if (idempotencyKey) {
        const [claimed] = await tx
          .insert(idempotencyKeys)
          .values({ actorId: viewer.id, action: definition.name, key: idempotencyKey })
          .onConflictDoNothing()
          .returning({ id: idempotencyKeys.id });
        if (!claimed) {
          const [first] = await tx
            .select({ result: idempotencyKeys.result })
            .from(idempotencyKeys)
            .where(
              and(
                eq(idempotencyKeys.actorId, viewer.id),
                eq(idempotencyKeys.action, definition.name),
                eq(idempotencyKeys.key, idempotencyKey),
              ),
            );
          return first?.result as R;
        }
        keyRow = claimed.id;
      }
      let audited = 0;
      let unchanged = false;
      const read = await readClock(tx);
      // Domain events are stamped in the acting user's time of day (lib/clock.ts).
      const clock: Clock = { ...read, stamp: (zone = viewer.timeZone) => read.stamp(zone) };
      const value = await definition.run({
        tx,
        viewer,
        input: data,
        clock,
        audit: async (entry) => {
          audited += 1;
          await writeAudit(tx, viewer.id, entry);
        },
        unchanged: () => {
          unchanged = true;
        },
      });
      // Fail closed: a mutation that forgot its audit row does not commit.
      if (audited === 0 && !unchanged)
        throw new Error(`action ${definition.name} wrote no audit row`);
      if (keyRow)
        await tx
          .update(idempotencyKeys)
          .set({ result: (value ?? null) as unknown })
          .where(eq(idempotencyKeys.id, keyRow));
      return value;
    });
    return { ok: true, data: result };
  } catch (error) {
    return toFailure(error);
  }
}

/** A read-only server action: checked and answered like an action, but writes nothing. */
export type QueryDefinition<S extends z.ZodType, R> = {
  name: string;
  schema: S;
  capability: Capability;
  scope?(input: z.output<S>, db: Db): Promise<Scope> | Scope;
  run(ctx: { db: Db; viewer: Viewer; input: z.output<S>; clock: Clock }): Promise<R>;
};

export function defineQuery<S extends z.ZodType, R>(
  definition: QueryDefinition<S, R>,
): QueryDefinition<S, R> {
  return definition;
}

/** Authenticate -> strict parse -> authorize -> read; the same result shape as executeAction. */
export async function executeQuery<S extends z.ZodType, R>(
  definition: QueryDefinition<S, R>,
  { db, viewer: maybeViewer, input }: { db: Db; viewer: Viewer | null; input: unknown },
): Promise<ActionResult<R>> {
  const parsed = authenticateAndParse(definition.schema, maybeViewer, input);
  if (!parsed.ok) return parsed.failure;
  const { viewer, data } = parsed;
  try {
    const scope = definition.scope ? await definition.scope(data, db) : {};
    if (!can(viewer, definition.capability, scope)) throw new ForbiddenSignal();
    const clock = await readClock(db);
    return { ok: true, data: await definition.run({ db, viewer, input: data, clock }) };
  } catch (error) {
    return toFailure(error);
  }
}

class ForbiddenSignal extends Error {}

function toFailure(error: unknown): ActionResult<never> {
  if (error instanceof ForbiddenSignal)
    return { ok: false, code: "forbidden", formError: "forbidden" };
  if (error instanceof ConflictError) {
    return { ok: false, code: "conflict", formError: error.message, current: error.current };
  }
  if (error instanceof DomainError) {
    return {
      ok: false,
      code: error.code,
      formError: error.message,
      fieldErrors:
        "fieldErrors" in error ? (error.fieldErrors as Record<string, string[]>) : undefined,
    };
  }
  const unique = uniqueViolation(error);
  if (unique) {
    return {
      ok: false,
      code: "validation",
      formError: unique.field === "_form" ? unique.message : "validation",
      fieldErrors: { [unique.field]: [unique.message] },
    };
  }
  // Database and programming errors are logged, never shown.
  log.error({ err: error }, "action failed");
  return { ok: false, code: "internal", formError: "internal" };
}
