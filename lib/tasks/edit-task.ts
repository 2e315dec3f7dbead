import { and, eq, sql } from "drizzle-orm";
import { tasks } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { editTaskSchema } from "./schemas";
import { checkTaskReferences } from "./task-references";

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

/** The secretariat corrects a task's description, body, lead, due date or links. */
export const editTask = defineAction({
  name: "task.edit",
  schema: editTaskSchema,
  capability: "task.assign",
  async run({ tx, input, audit, clock }) {
    const { id, version, ...changes } = input;
    const [before] = await tx.select(editable).from(tasks).where(eq(tasks.id, id));
    if (!before) throw new NotFoundError();
    // A task keeps its body after the body's closure; it cannot be moved to a closed one.
    await checkTaskReferences(tx, changes, { today: clock.today, keepBodyId: before.bodyId });
    const [after] = await tx
      .update(tasks)
      .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(tasks.id, id), eq(tasks.version, version)))
      .returning(editable);
    if (!after) throw new ConflictError(before);
    await audit({ action: "task.edit", entity: "task", entityId: id, before, after });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/tasks", `/tasks/${input.id}`],
});
