import "server-only";
import { getTranslations } from "next-intl/server";
import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/clock";
import { taskFormOptions } from "@/lib/tasks/queries";

/**
 * The choices of the task form. A closed body takes no new task (lib/bodies/closure.ts, as
 * the task commands check), so it is offered only to the task that already has it.
 */
export async function taskFormChoices(db: DbOrTx, clock: Clock, keepBodyId?: string) {
  const [t, options] = await Promise.all([
    getTranslations("tasks"),
    taskFormOptions(db, { today: clock.today, keepBodyId }),
  ]);
  return {
    bodies: options.bodies.map((b) => ({ value: b.id, label: b.name })),
    organizations: options.organizations.map((o) => ({ value: o.id, label: o.name })),
    decisions: options.decisions.map((d) => ({
      value: d.id,
      label: t("decisionOption", {
        meeting: d.meetingNumber,
        position: d.position,
        title: d.title,
      }),
    })),
    meetings: options.meetings.map((m) => ({ value: m.id, label: m.title })),
  };
}
