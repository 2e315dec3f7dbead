import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb } from "@/db/client";
import {
  type ActionDefinition,
  type ActionResult,
  actionMetaSchema,
  executeAction,
  executeQuery,
  type QueryDefinition,
} from "./action";
import { getViewer } from "./auth/session";
import { log } from "./log";

/**
 * Runs an action for the signed-in user of this request; server actions call only this.
 * `meta` is what the form sends beside its values (the idempotency key of a submit).
 */
export async function runAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  input: unknown,
  meta?: unknown,
): Promise<ActionResult<R>> {
  const started = performance.now();
  const viewer = await getViewer();
  const parsedMeta = actionMetaSchema.safeParse(meta ?? {});
  const result = await executeAction(definition, {
    db: await getDb(),
    viewer,
    input,
    idempotencyKey: parsedMeta.success ? parsedMeta.data.idempotencyKey : undefined,
  });
  // One line per mutation: who, what, how it ended; never the input (it may hold passwords).
  log.info(
    {
      requestId: (await headers()).get("x-request-id"),
      userId: viewer?.id ?? null,
      action: definition.name,
      ok: result.ok,
      code: result.ok ? undefined : result.code,
      ms: Math.round(performance.now() - started),
    },
    "action",
  );
  if (result.ok && definition.revalidate) {
    const parsed = definition.schema.parse(input) as z.output<S>;
    for (const path of definition.revalidate(parsed, result.data)) revalidatePath(path);
  }
  return result;
}

/** Runs a read-only query for the signed-in user of this request (same checks, no writes). */
export async function runQuery<S extends z.ZodType, R>(
  definition: QueryDefinition<S, R>,
  input: unknown,
): Promise<ActionResult<R>> {
  return executeQuery(definition, { db: await getDb(), viewer: await getViewer(), input });
}
