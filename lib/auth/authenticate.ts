import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { getDummyHash, verifyPassword } from "./password";
import { recordSignInAttempt, throttleState } from "./throttle";

export const signInSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: "email" })),
  password: z.string().min(1, { error: "required" }).max(200),
});

export type SignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

function normalizeIp(ip: string | null): string | null {
  if (!ip) return null;
  const first = ip.split(",")[0]?.trim() ?? "";
  // Only well-formed addresses reach the inet column.
  return z.union([z.ipv4(), z.ipv6()]).safeParse(first).success ? first : null;
}

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password give the same answer
 * and take about as long (a dummy hash is verified when the account does not exist).
 */
export async function authenticate(
  db: Db,
  credentials: { email: string; password: string; ip: string | null; now?: Date },
): Promise<SignInOutcome> {
  const email = credentials.email.trim().toLowerCase();
  const ip = normalizeIp(credentials.ip);
  const now = credentials.now ?? new Date();

  const throttle = await throttleState(db, { email, ip, now });
  if (throttle.locked) return { ok: false, reason: "locked", until: throttle.until };

  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email));

  const valid = await verifyPassword(
    user?.passwordHash ?? (await getDummyHash()),
    credentials.password,
  );
  const succeeded = !!user && !!user.passwordHash && user.active && valid;
  await recordSignInAttempt(db, { email, ip, succeeded, at: now });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id };
}
