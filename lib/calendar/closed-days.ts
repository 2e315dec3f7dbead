import { eq } from "drizzle-orm";
import { closedDays } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { addClosedDaySchema, removeClosedDaySchema } from "./closed-day-schemas";

export const addClosedDay = defineAction({
  name: "calendar.addClosedDay",
  schema: addClosedDaySchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const [row] = await tx
      .insert(closedDays)
      .values(input)
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

export const removeClosedDay = defineAction({
  name: "calendar.removeClosedDay",
  schema: removeClosedDaySchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const [row] = await tx.delete(closedDays).where(eq(closedDays.id, input.id)).returning();
    if (!row) throw new NotFoundError();
    await audit({
      action: "calendar.removeClosedDay",
      entity: "closed_day",
      entityId: row.id,
      before: { day: row.day, description: row.description },
    });
    return { id: row.id };
  },
  revalidate: () => ["/calendar/closed-days"],
});
