import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies, decisions, meetings, organizations, tasks, taskUpdates } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/enums";
import { defineAction } from "@/lib/action";
import { hasRole } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assignTaskSchema, editTaskSchema, updateProgressSchema } from "./schemas";
import { canMoveTask } from "./transitions";

/** The references a task names must exist, and its decision must be the named body's. */
async function checkReferences(
  tx: Tx,
  input: {
    bodyId: string;
    leadOrganizationId: string | null;
    decisionId: string | null;
    meetingId: string | null;
  },
) {
  const [body] = await tx
    .select({ id: bodies.id, activeTo: bodies.activeTo })
    .from(bodies)
    .where(eq(bodies.id, input.bodyId));
  const errors: Record<string, string[]> = {};
  if (!body) errors.bodyId = ["chooseOne"];
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

export const assignTask = defineAction({
  name: "task.assign",
  schema: assignTaskSchema,
  capability: "task.assign",
  async run({ tx, input, audit }) {
    await checkReferences(tx, input);
    const [task] = await tx.insert(tasks).values(input).returning({ id: tasks.id });
    if (!task) throw new Error("insert returned nothing");
    await audit({ action: "task.assign", entity: "task", entityId: task.id, after: input });
    return { id: task.id };
  },
  revalidate: () => ["/tasks", "/"],
});

const editable = {
  title: tasks.title,
  detail: tasks.detail,
  bodyId: tasks.bodyId,
  leadOrganizationId: tasks.leadOrganizationId,
  dueOn: tasks.dueOn,
  decisionId: tasks.decisionId,
  meetingId: tasks.meetingId,
  version: tasks.version,
};

export const editTask = defineAction({
  name: "task.edit",
  schema: editTaskSchema,
  capability: "task.assign",
  async run({ tx, input, audit }) {
    const { id, version, ...changes } = input;
    const [before] = await tx.select(editable).from(tasks).where(eq(tasks.id, id));
    if (!before) throw new NotFoundError();
    await checkReferences(tx, changes);
    const [after] = await tx
      .update(tasks)
      .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tasks.id, id), eq(tasks.version, version)))
      .returning(editable);
    if (!after) throw new ConflictError(before);
    await audit({ action: "task.edit", entity: "task", entityId: id, before, after });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.id}`],
});

// A chair keeps their own body's tasks current; each change leaves a dated note in the history.
export const updateTaskProgress = defineAction({
  name: "task.updateProgress",
  schema: updateProgressSchema,
  capability: "task.updateProgress",
  async scope(input, tx) {
    const [row] = await tx
      .select({ bodyId: tasks.bodyId })
      .from(tasks)
      .where(eq(tasks.id, input.taskId));
    return { bodyId: row?.bodyId ?? null };
  },
  async run({ tx, viewer, input, audit }) {
    const [current] = await tx
      .select({ status: tasks.status, progress: tasks.progress, version: tasks.version })
      .from(tasks)
      .where(eq(tasks.id, input.taskId));
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError(current);
    if (
      !canMoveTask(current.status, input.status, {
        secretariat: hasRole(viewer, "secretariat"),
      })
    ) {
      throw new ValidationError({ status: ["transitionRefused"] }, "transitionRefused");
    }
    const [after] = await tx
      .update(tasks)
      .set({
        status: input.status,
        progress: input.progress,
        version: sql`${tasks.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(tasks.id, input.taskId), eq(tasks.version, input.version)))
      .returning({ status: tasks.status, progress: tasks.progress, version: tasks.version });
    if (!after) throw new ConflictError(current);
    await tx.insert(taskUpdates).values({
      taskId: input.taskId,
      authorId: viewer.id,
      status: input.status,
      progress: input.progress,
      note: input.note,
    });
    await audit({
      action: "task.updateProgress",
      entity: "task",
      entityId: input.taskId,
      before: { status: current.status, progress: current.progress },
      after: { status: after.status, progress: after.progress, note: input.note },
    });
    return { version: after.version };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.taskId}`, "/"],
});
