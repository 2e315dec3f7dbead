import { closedDays } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { addClosedDaySchema } from "./schemas";

export const addClosedDay = defineAction({
  name: "calendar.addClosedDay",
  schema: addClosedDaySchema,
  capability: "calendar.manage",
  async run({ tx, input, audit, clock }) {
    const [row] = await tx
      .insert(closedDays)
      .values({ ...input, createdAt: clock.stamp() })
      .onConflictDoNothing()
      .returning({ id: closedDays.id });
    if (!row) throw new ValidationError({ day: ["taken"] });
    await audit({
      action: "calendar.addClosedDay",
      entity: "closed_day",
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  },
  revalidate: () => ["/calendar/closed-days"],
});
