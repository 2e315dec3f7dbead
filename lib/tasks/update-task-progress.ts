import { and, eq, sql } from "drizzle-orm";
import { tasks, taskUpdates } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { progressScope, reportProgressCapability } from "./progress-rights";
import { updateProgressSchema } from "./schemas";
import { taskStatusChoices } from "./transitions";

// A chair keeps their own body's tasks current; each change leaves a dated note in the history.
export const updateTaskProgress = defineAction({
  name: "task.updateProgress",
  schema: updateProgressSchema,
  capability: reportProgressCapability,
  async scope(input, tx) {
    const [row] = await tx
      .select({ bodyId: tasks.bodyId })
      .from(tasks)
      .where(eq(tasks.id, input.taskId));
    return progressScope({ bodyId: row?.bodyId ?? null });
  },
  async run({ tx, viewer, input, audit, clock }) {
    const [current] = await tx
      .select({ status: tasks.status, progress: tasks.progress, version: tasks.version })
      .from(tasks)
      .where(eq(tasks.id, input.taskId));
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError(current);
    if (!taskStatusChoices(current.status, viewer).includes(input.status)) {
      throw new ValidationError({ status: ["transitionRefused"] }, "transitionRefused");
    }
    // The note and the task carry the same time: the domain's (lib/clock.ts), not the server's.
    const at = clock.stamp();
    const [after] = await tx
      .update(tasks)
      .set({
        status: input.status,
        progress: input.progress,
        version: sql`${tasks.version} + 1`,
        updatedAt: at,
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
      createdAt: at,
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
