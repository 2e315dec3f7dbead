import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { memberships, users } from "../db/schema";
import type { Viewer } from "../lib/auth/permissions";
import { loadViewer } from "../lib/auth/viewer";

export type RoleName =
  | "secretariat"
  | "chairPeacekeeping"
  | "chairDisarmament"
  | "focalAu"
  | "focalOsce"
  | "focalOas"
  | "participant"
  | "noRole";

const demoEmails: Partial<Record<RoleName, string>> = {
  secretariat: "secretariat@example.org",
  chairPeacekeeping: "chair.peacekeeping@example.org",
  chairDisarmament: "chair.disarmament@example.org",
  focalAu: "focal.au@example.org",
  focalOsce: "focal.osce@example.org",
  focalOas: "focal.oas@example.org",
};

/** The viewer for a demo account, or for a participant / a user without any role. */
export async function viewerFor(db: Db, role: RoleName): Promise<Viewer> {
  let email = demoEmails[role];
  if (!email) {
    email = `${role.toLowerCase()}@test.example.org`;
    // The demo password, as the demo accounts have it.
    const [demo] = await db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, "secretariat@example.org"));
    await db
      .insert(users)
      .values({ email, name: `Test ${role}`, passwordHash: demo?.passwordHash ?? null })
      .onConflictDoNothing();
    if (role === "participant") {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (user)
        await db
          .insert(memberships)
          .values({ userId: user.id, role: "participant" })
          .onConflictDoNothing();
    }
  }
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const viewer = await loadViewer(db, user.id);
  if (!viewer) throw new Error(`no viewer for ${email}`);
  return viewer;
}

export const allRoles: RoleName[] = [
  "secretariat",
  "chairPeacekeeping",
  "chairDisarmament",
  "focalAu",
  "focalOsce",
  "participant",
  "noRole",
];
