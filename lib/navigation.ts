import { asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, organizations } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";

export type NavItem = { key: string; href: string };

/** The shell's navigation, shaped by what the viewer may do. */
export async function navigationFor(db: DbOrTx, viewer: Viewer): Promise<NavItem[]> {
  const items: NavItem[] = [{ key: "dashboard", href: "/" }];
  const organizationIds = viewer.grants.flatMap((g) =>
    g.role === "focal_point" && g.organizationId ? [g.organizationId] : [],
  );
  const bodyIds = viewer.grants.flatMap((g) => (g.role === "chair" && g.bodyId ? [g.bodyId] : []));
  const [ownOrganizations, ownBodies] = await Promise.all([
    organizationIds.length
      ? db
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, organizationIds))
          .orderBy(asc(organizations.name))
      : [],
    bodyIds.length
      ? db
          .select({ id: bodies.id, kind: bodies.kind })
          .from(bodies)
          .where(inArray(bodies.id, bodyIds))
          .orderBy(asc(bodies.name))
      : [],
  ]);
  for (const organization of ownOrganizations) {
    items.push({ key: "myOrganization", href: `/organizations/${organization.id}` });
  }
  if (ownOrganizations.length > 0) items.push({ key: "invitations", href: "/invitations" });
  for (const body of ownBodies) {
    items.push({
      key: body.kind === "working_group" ? "myWorkingGroup" : "myCommittee",
      href: `/bodies/${body.id}`,
    });
  }
  items.push(
    { key: "meetings", href: "/meetings" },
    { key: "records", href: "/records" },
    { key: "calendar", href: "/calendar" },
    { key: "organizations", href: "/organizations" },
    { key: "bodies", href: "/bodies" },
    { key: "tasks", href: "/tasks" },
  );
  if (can(viewer, "account.manage")) items.push({ key: "users", href: "/users" });
  if (can(viewer, "outbox.read")) items.push({ key: "outbox", href: "/outbox" });
  if (can(viewer, "audit.read")) items.push({ key: "activity", href: "/activity" });
  return items;
}
