import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies, decisions, meetings, organizations } from "@/db/schema";
import { isBodyClosed } from "@/lib/bodies/closure";
import { ValidationError } from "@/lib/errors";

export type TaskReferences = {
  bodyId: string;
  leadOrganizationId: string | null;
  decisionId: string | null;
  meetingId: string | null;
};

/**
 * The rows a task names must exist, and a body it is newly given to must not be closed
 * (`keepBodyId`: the body the task already has, which it may keep after its closure).
 */
export async function checkTaskReferences(
  tx: Tx,
  input: TaskReferences,
  { today, keepBodyId }: { today: string; keepBodyId?: string },
) {
  const [body] = await tx
    .select({ id: bodies.id, activeTo: bodies.activeTo })
    .from(bodies)
    .where(eq(bodies.id, input.bodyId));
  const errors: Record<string, string[]> = {};
  if (!body) errors.bodyId = ["chooseOne"];
  else if (body.id !== keepBodyId && isBodyClosed(body, today)) errors.bodyId = ["bodyClosed"];
  if (input.leadOrganizationId) {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.leadOrganizationId));
    if (!org) errors.leadOrganizationId = ["chooseOne"];
  }
  if (input.decisionId) {
    const [decision] = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.id, input.decisionId));
    if (!decision) errors.decisionId = ["chooseOne"];
  }
  if (input.meetingId) {
    const [meeting] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) errors.meetingId = ["chooseOne"];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
