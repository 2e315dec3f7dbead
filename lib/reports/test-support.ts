import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, memberships, reports, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/auth/viewer";
import { planMeeting } from "@/lib/meetings/plan-meeting";
import { requestReports } from "./request-reports";
import { saveReport } from "./save-report";

// Starting points shared by the reports' integration tests (imported by *.test.ts only).

export async function bodyIdOf(db: Db, slug: string): Promise<string> {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
  if (!row) throw new Error(slug);
  return row.id;
}

/** The seventh meeting, planned for 22 September 2006 (its deadlines derived from the dates). */
export async function planSeventh(db: Db, secretariat: Viewer): Promise<string> {
  const planned = await executeAction(planMeeting, {
    db,
    viewer: secretariat,
    input: {
      sequenceNumber: 7,
      title: "Seventh high-level meeting",
      theme: null,
      venue: "United Nations Headquarters, New York",
      timeZone: "America/New_York",
      startsOn: "2006-09-22",
      endsOn: "2006-09-22",
      scSessionId: null,
    },
  });
  if (!planned.ok) throw new Error(`plan: ${JSON.stringify(planned)}`);
  return planned.data.id;
}

/** Asks the bodies for their report to the meeting; returns the report ids by body id. */
export async function request(
  db: Db,
  secretariat: Viewer,
  meetingId: string,
  bodyIds: string[],
  dueAt = "2006-09-01T18:00",
) {
  const result = await executeAction(requestReports, {
    db,
    viewer: secretariat,
    input: { meetingId, bodyIds, dueAt },
  });
  if (!result.ok) throw new Error(`request: ${JSON.stringify(result)}`);
  return result.data;
}

export async function reportOf(db: Db, bodyId: string, meetingId: string) {
  const rows = await db.select().from(reports).where(eq(reports.bodyId, bodyId));
  const row = rows.find((r) => r.meetingId === meetingId);
  if (!row) throw new Error("no report");
  return row;
}

/** A chair's save of the whole report (the version read from the database unless given). */
export async function save(
  db: Db,
  viewer: Viewer,
  reportId: string,
  changes: Partial<{
    title: string;
    summary: string;
    body: string;
    recommendations: { id: string; text: string }[];
    version: number;
  }> = {},
) {
  const [current] = await db.select().from(reports).where(eq(reports.id, reportId));
  return executeAction(saveReport, {
    db,
    viewer,
    input: {
      reportId,
      version: current?.version ?? 1,
      title: current?.title || "Report of the Working Group on Peacekeeping",
      summary: current?.summary ?? "",
      body: current?.body || "The group met three times.",
      recommendations: current?.recommendations ?? [],
      ...changes,
    },
  });
}

/** Another chair of a body (a body may have several): a new user with the chair role. */
export async function secondChair(db: Db, slug: string, name: string): Promise<Viewer> {
  const [user] = await db
    .insert(users)
    .values({ email: `${crypto.randomUUID()}@example.org`, name })
    .returning({ id: users.id });
  if (!user) throw new Error("user");
  await db
    .insert(memberships)
    .values({ userId: user.id, role: "chair", bodyId: await bodyIdOf(db, slug) });
  const viewer = await loadViewer(db, user.id);
  if (!viewer) throw new Error("viewer");
  return viewer;
}
