import { and, eq } from "drizzle-orm";
import { appSettings, invitations, meetings, memberships, organizations } from "../../db/schema";
import type { test } from "../fixtures";
import { roles } from "../global-setup";

// Starting points that several spec files share, prepared through the application's commands
// on the spec file's own database (see e2e/fixtures.ts). Each is what another spec shows being
// done in the browser: here it is only the ground a story stands on.

type World = Parameters<Parameters<typeof test>[2]>[0]["world"];

export const seventh = "Seventh high-level meeting";

/** The organization's id and version, by its short name (e.g. "CPLP"). */
export async function organizationByShortName(world: World, shortName: string) {
  const [row] = await world.db((db) =>
    db
      .select({ id: organizations.id, version: organizations.version })
      .from(organizations)
      .where(eq(organizations.shortName, shortName)),
  );
  if (!row) throw new Error(`no organization ${shortName}`);
  return row;
}

/** The seventh meeting planned for Friday 22 September 2006 in New York (scheduling.spec.ts). */
export async function planSeventhMeeting(world: World): Promise<string> {
  const result = (await world.act(roles.secretariat, "meeting.plan", {
    sequenceNumber: 7,
    title: seventh,
    theme: "The United Nations and regional organizations: a partnership for peace",
    venue: "United Nations Headquarters, New York",
    timeZone: "America/New_York",
    startsOn: "2006-09-22",
    endsOn: "2006-09-22",
    scSessionId: "",
  })) as { id: string };
  return result.id;
}

/** A focal point designated for an organization that has none (organizations.spec.ts). */
export async function designateFocalPoint(
  world: World,
  shortName: string,
  person: { name: string; email: string; jobTitle: string },
) {
  const organization = await organizationByShortName(world, shortName);
  await world.act(roles.secretariat, "organization.designateFocalPoint", {
    organizationId: organization.id,
    version: organization.version,
    ...person,
  });
}

/** Every active organization invited to the seventh meeting, replies due 25 August 2006. */
export async function openInvitationsForSeventh(world: World, meetingId: string) {
  const rows = await world.db((db) =>
    db.select({ id: organizations.id }).from(organizations).where(eq(organizations.active, true)),
  );
  await world.act(roles.secretariat, "invitation.open", {
    meetingId,
    organizationIds: rows.map((r) => r.id),
    replyDeadline: "2006-08-25T18:00",
  });
}

/** An organization left without a focal point (its demo focal point removed). */
export async function removeFocalPointOf(world: World, shortName: string) {
  const organization = await organizationByShortName(world, shortName);
  const [focal] = await world.db((db) =>
    db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(eq(memberships.organizationId, organization.id), eq(memberships.role, "focal_point")),
      ),
  );
  if (!focal) throw new Error(`${shortName} has no focal point`);
  await world.act(roles.secretariat, "organization.removeFocalPoint", {
    organizationId: organization.id,
    version: organization.version,
    userId: focal.userId,
  });
}

/** Moves the database's "today" (the one clock, lib/clock.ts), e.g. to "2006-09-25". */
export async function setAsOfDate(world: World, day: string) {
  await world.db((db) =>
    db.update(appSettings).set({ value: day }).where(eq(appSettings.key, "as_of_date")),
  );
}

/**
 * The seventh meeting held (22 September 2006; today moved to 25 September): its attendance
 * recorded (every invited organization came, the heads of those named in `heads`, except the
 * ones named in `absent`), and its status "held".
 */
export async function holdSeventhMeeting(
  world: World,
  meetingId: string,
  { absent = [], heads = [] }: { absent?: string[]; heads?: string[] } = {},
) {
  await setAsOfDate(world, "2006-09-25");
  const rows = await world.db((db) =>
    db
      .select({ id: invitations.id, shortName: organizations.shortName })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .where(eq(invitations.meetingId, meetingId)),
  );
  await world.act(roles.secretariat, "invitation.recordAttendance", {
    meetingId,
    rows: rows.map((r) => {
      const attended = !absent.includes(r.shortName ?? "");
      return {
        invitationId: r.id,
        attended,
        headPresent: attended && heads.includes(r.shortName ?? ""),
      };
    }),
  });
  const [meeting] = await world.db((db) =>
    db.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, meetingId)),
  );
  await world.act(roles.secretariat, "meeting.advanceStatus", {
    id: meetingId,
    version: meeting?.version,
    to: "held",
  });
}
