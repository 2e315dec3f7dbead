import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountTokens, users } from "@/db/schema";
import type { AccountTokenPurpose } from "@/db/schema/enums";

// Single-use links: a random token goes into the e-mail, only its SHA-256 is stored. Validity
// is real time (security), not the demo clock: an invitation lasts 7 days, a reset 1 hour.

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invitation: 7 * 24 * 3_600_000,
  password_reset: 3_600_000,
};

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** A new link for the user; earlier unused links of the same purpose stop working. */
export async function issueAccountToken(
  tx: DbOrTx,
  {
    userId,
    purpose,
    createdById,
    now = new Date(),
  }: { userId: string; purpose: AccountTokenPurpose; createdById: string | null; now?: Date },
): Promise<string> {
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
      ),
    );
  const raw = randomBytes(32).toString("base64url");
  await tx.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(raw),
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    createdById,
  });
  return raw;
}

export type TokenLookup =
  | {
      status: "valid";
      tokenId: string;
      purpose: AccountTokenPurpose;
      userId: string;
      email: string;
      name: string;
    }
  | { status: "expired" | "used" | "unknown" };

/** What a link is worth; reveals nothing about the account unless the link is usable. */
export async function lookupAccountToken(
  db: DbOrTx,
  raw: string,
  now = new Date(),
): Promise<TokenLookup> {
  if (!/^[\w-]{20,200}$/.test(raw)) return { status: "unknown" };
  const [row] = await db
    .select({
      tokenId: accountTokens.id,
      purpose: accountTokens.purpose,
      userId: accountTokens.userId,
      expiresAt: accountTokens.expiresAt,
      usedAt: accountTokens.usedAt,
      email: users.email,
      name: users.name,
      active: users.active,
    })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(raw)));
  if (!row?.active) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { status: "expired" };
  return {
    status: "valid",
    tokenId: row.tokenId,
    purpose: row.purpose,
    userId: row.userId,
    email: row.email,
    name: row.name,
  };
}
