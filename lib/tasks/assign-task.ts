import { tasks } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { assignTaskSchema } from "./schemas";
import { checkTaskReferences } from "./task-references";

/** The secretariat gives a committee or working group a task, often implementing a decision. */
export const assignTask = defineAction({
  name: "task.assign",
  schema: assignTaskSchema,
  capability: "task.assign",
  async run({ tx, input, audit, clock }) {
    await checkTaskReferences(tx, input, { today: clock.today });
    const at = clock.stamp();
    const [task] = await tx
      .insert(tasks)
      .values({ ...input, createdAt: at, updatedAt: at })
      .returning({ id: tasks.id });
    if (!task) throw new Error("insert returned nothing");
    await audit({ action: "task.assign", entity: "task", entityId: task.id, after: input });
    return { id: task.id };
  },
  revalidate: () => ["/tasks", "/"],
});
