import { and, eq, sql } from "drizzle-orm";
import { bodies } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertFreeName } from "./body-names";
import { recordMandate } from "./mandate-versions";
import { updateBodySchema } from "./schemas";

/** Renames a body, revises its mandate (the earlier text is kept) or sets its closing date. */
export const updateBody = defineAction({
  name: "body.update",
  schema: updateBodySchema,
  capability: "body.manage",
  async run({ tx, input, audit, clock }) {
    const { id, version, ...changes } = input;
    const [before] = await tx
      .select({
        name: bodies.name,
        mandate: bodies.mandate,
        activeFrom: bodies.activeFrom,
        activeTo: bodies.activeTo,
        version: bodies.version,
      })
      .from(bodies)
      .where(eq(bodies.id, id));
    if (!before) throw new NotFoundError();
    await assertFreeName(tx, changes.name, id);
    const at = clock.stamp();
    const [after] = await tx
      .update(bodies)
      .set({ ...changes, version: sql`${bodies.version} + 1`, updatedAt: at })
      .where(and(eq(bodies.id, id), eq(bodies.version, version)))
      .returning({ version: bodies.version });
    if (!after) throw new ConflictError(before);
    if (changes.mandate !== before.mandate)
      await recordMandate(tx, { bodyId: id, text: changes.mandate, agreedOn: clock.today, at });
    await audit({ action: "body.update", entity: "body", entityId: id, before, after: changes });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.id}`],
});
