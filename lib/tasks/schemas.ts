import { z } from "zod";
import { taskStatuses } from "@/db/schema/enums";
import { isoDate } from "@/lib/calendar/schemas";
import { searchText } from "@/lib/lists/search-text";

// Client-safe: the task forms and the server actions share these.

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .nullish()
  .transform((v) => (v ? v : null));

const taskFields = {
  title: z.string().trim().min(3, { error: "required" }).max(300, { error: "tooLong" }),
  detail: z.string().trim().max(5000, { error: "tooLong" }).default(""),
  bodyId: z.uuid({ error: "chooseOne" }),
  leadOrganizationId: optionalUuid,
  dueOn: z
    .union([isoDate, z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  decisionId: optionalUuid,
  meetingId: optionalUuid,
};

export const assignTaskSchema = z.strictObject(taskFields);

export const editTaskSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...taskFields,
});

export const updateProgressSchema = z
  .strictObject({
    taskId: z.uuid(),
    version: z.coerce.number().int().positive(),
    status: z.enum(taskStatuses, { error: "chooseOne" }),
    progress: z.coerce
      .number({ error: "percent" })
      .int({ error: "percent" })
      .min(0, { error: "percent" })
      .max(100, { error: "percent" }),
    note: z.string().trim().min(3, { error: "noteRequired" }).max(2000, { error: "tooLong" }),
  })
  .superRefine((v, ctx) => {
    if (v.status === "done" && v.progress !== 100) {
      ctx.addIssue({ code: "custom", path: ["progress"], message: "doneMeansHundred" });
    }
    if (v.status !== "done" && v.progress === 100) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "hundredMeansDone" });
    }
    if (v.status === "not_started" && v.progress !== 0) {
      ctx.addIssue({ code: "custom", path: ["progress"], message: "notStartedMeansZero" });
    }
  });

export const taskSorts = ["due", "-due", "updated", "title", "progress"] as const;

export const taskFilterSchema = z.object({
  body: z.uuid().optional().catch(undefined),
  /** Part of a body's name, where there are too many bodies for a list (app/(app)/tasks). */
  bodyName: searchText,
  status: z.enum(taskStatuses).optional().catch(undefined),
  meeting: z.uuid().optional().catch(undefined),
  decision: z.uuid().optional().catch(undefined),
  lead: z.uuid().optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(taskSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TaskFilter = z.output<typeof taskFilterSchema>;
