import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import {
  type ActionDefinition,
  type ActionResult,
  executeAction,
  executeQuery,
  type QueryDefinition,
} from "./action";
import { getViewer } from "./auth/session";

/** Runs an action for the signed-in user of this request; server actions call only this. */
export async function runAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  input: unknown,
): Promise<ActionResult<R>> {
  const viewer = await getViewer();
  const result = await executeAction(definition, { db: await getDb(), viewer, input });
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
