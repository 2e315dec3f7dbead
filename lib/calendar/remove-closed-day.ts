import { eq } from "drizzle-orm";
import { closedDays } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { removeClosedDaySchema } from "./schemas";

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
