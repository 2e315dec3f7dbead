import { eq, max } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodyMandateVersions } from "@/db/schema";

/** Keeps each agreed text of the terms of reference when it is revised. */
export async function recordMandate(
  tx: Tx,
  { bodyId, text, agreedOn, at }: { bodyId: string; text: string; agreedOn: string; at: Date },
) {
  const [last] = await tx
    .select({ version: max(bodyMandateVersions.version) })
    .from(bodyMandateVersions)
    .where(eq(bodyMandateVersions.bodyId, bodyId));
  await tx
    .insert(bodyMandateVersions)
    .values({ bodyId, version: (last?.version ?? 0) + 1, text, agreedOn, createdAt: at });
}
