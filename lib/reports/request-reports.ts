import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { bodies, meetings, reportEvents, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { isBodyClosed } from "@/lib/bodies/closure";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { venueTimeToInstant } from "@/lib/meetings/deadlines";
import { tellChairs } from "./notify";
import { requestWindow } from "./request-window";
import { requestReportsSchema } from "./schemas";

// The secretariat asks the chosen bodies for their report to a meeting, due by a date. Asking
// again is harmless: a report already asked for keeps everything but its due date, which follows
// the new one (its chairs are told of the change); an accepted report is left as it is.
export const requestReports = defineAction({
  name: "report.request",
  schema: requestReportsSchema,
  capability: "report.request",
  async run({ tx, viewer, input, audit, clock, unchanged }) {
    const [meeting] = await tx
      .select({
        id: meetings.id,
        status: meetings.status,
        startsOn: meetings.startsOn,
        timeZone: meetings.timeZone,
      })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const window = requestWindow(meeting);
    if (!window.open) throw new ValidationError({ _form: [window.reason] }, window.reason);
    if (meeting.startsOn && input.dueAt.slice(0, 10) >= meeting.startsOn) {
      throw new ValidationError({ dueAt: ["dueAfterMeeting"] });
    }
    const dueAt = venueTimeToInstant(input.dueAt, meeting.timeZone);
    const wanted = [...new Set(input.bodyIds)];
    const chosen = await tx
      .select({ id: bodies.id, name: bodies.name, activeTo: bodies.activeTo })
      .from(bodies)
      .where(inArray(bodies.id, wanted));
    if (chosen.length !== wanted.length || chosen.some((b) => isBodyClosed(b, clock.today))) {
      throw new ValidationError({ bodyIds: ["unknownBody"] });
    }

    const now = clock.stamp();
    const created = await tx
      .insert(reports)
      .values(
        chosen.map((b) => ({
          bodyId: b.id,
          meetingId: meeting.id,
          status: "requested" as const,
          // The chairs give it a title when they first save it.
          title: "",
          dueAt,
          requestedAt: now,
          requestedById: viewer.id,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: reports.id });
    // Already asked for: only the due date may change (never an accepted report's).
    const moved = await tx
      .update(reports)
      .set({ dueAt, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(
        and(
          eq(reports.meetingId, meeting.id),
          inArray(reports.bodyId, wanted),
          ne(reports.status, "accepted"),
          // The ones just created already have it.
          or(isNull(reports.dueAt), ne(reports.dueAt, dueAt)),
        ),
      )
      .returning({ id: reports.id });

    if (created.length === 0 && moved.length === 0) {
      unchanged();
      return { requested: 0, dueChanged: 0, unchanged: chosen.length, notified: 0 };
    }
    if (created.length > 0) {
      await tx.insert(reportEvents).values(
        created.map((r) => ({
          reportId: r.id,
          kind: "requested" as const,
          actorId: viewer.id,
          at: now,
        })),
      );
    }
    let notified = 0;
    for (const r of created) notified += await tellChairs(tx, r.id, "reportRequested");
    for (const r of moved) notified += await tellChairs(tx, r.id, "reportDueChanged");
    await audit({
      action: "report.request",
      entity: "meeting",
      entityId: meeting.id,
      after: {
        dueAt: dueAt.toISOString(),
        requested: created.map((r) => r.id),
        dueChanged: moved.map((r) => r.id),
        notified,
      },
    });
    return {
      requested: created.length,
      dueChanged: moved.length,
      unchanged: chosen.length - created.length - moved.length,
      notified,
    };
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${input.meetingId}/reports`,
    "/",
  ],
});
