import { eq } from "drizzle-orm";
import { bodies } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { assertFreeName, slugOf } from "./body-names";
import { recordMandate } from "./mandate-versions";
import { createBodySchema } from "./schemas";

/** The secretariat sets up the standing committee or a working group, with its mandate. */
export const createBody = defineAction({
  name: "body.create",
  schema: createBodySchema,
  capability: "body.manage",
  async run({ tx, input, audit, clock }) {
    await assertFreeName(tx, input.name);
    let slug = slugOf(input.name);
    const [taken] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
    if (taken) slug = `${slug}-${crypto.randomUUID().slice(0, 8)}`;
    const at = clock.stamp();
    const [body] = await tx
      .insert(bodies)
      .values({ ...input, slug, createdAt: at, updatedAt: at })
      .returning({ id: bodies.id });
    if (!body) throw new Error("insert returned nothing");
    if (input.mandate)
      await recordMandate(tx, { bodyId: body.id, text: input.mandate, agreedOn: clock.today, at });
    await audit({ action: "body.create", entity: "body", entityId: body.id, after: input });
    return { id: body.id };
  },
  revalidate: () => ["/bodies"],
});
