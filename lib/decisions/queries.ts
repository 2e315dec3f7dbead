import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { agendaItems, bodies, decisions, meetings, records, reports, tasks } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { chairsConclusionsOf, outcomeInDraft } from "./outcome";
import { rollUp, rollUpTally } from "./rollup";
import { endorsementValue } from "./schemas";
import { taskTallySql } from "./tally-sql";

/**
 * A meeting's decisions by responsible body, each with its implementation rolled up from its
 * tasks: what the standing committee reviews and the next meeting receives as the progress
 * report. One query: each decision's tasks come aggregated with it.
 */
export async function implementationMatrix(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  clock: Clock,
) {
  if (!can(viewer, "decision.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select({ id: meetings.id, title: meetings.title, sequenceNumber: meetings.sequenceNumber })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const rows = await db
    .select({
      id: decisions.id,
      position: decisions.position,
      title: decisions.title,
      text: decisions.text,
      version: decisions.version,
      statusOverride: decisions.statusOverride,
      statusReason: decisions.statusReason,
      withdrawnAt: decisions.withdrawnAt,
      bodyId: bodies.id,
      bodyName: bodies.name,
      tally: taskTallySql(clock.today),
    })
    .from(decisions)
    .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.position));
  // A withdrawn decision stays on record but is no longer implemented: it leaves the matrix.
  const withdrawn = rows.filter((row) => row.withdrawnAt !== null);
  const items = rows
    .filter((row) => row.withdrawnAt === null)
    .map((row) => ({
      ...row,
      rollup: rollUpTally(row.tally, { override: row.statusOverride }),
      /** No task implements it: the secretariat may state its status (lib/decisions/rollup.ts). */
      statusMayBeStated: row.tally.counted === 0,
    }));
  const groups = new Map<
    string,
    { bodyId: string | null; bodyName: string | null; decisions: typeof items }
  >();
  for (const item of items) {
    const key = item.bodyId ?? "";
    const group = groups.get(key) ?? {
      bodyId: item.bodyId,
      bodyName: item.bodyName,
      decisions: [],
    };
    group.decisions.push(item);
    groups.set(key, group);
  }
  return { meeting, groups: [...groups.values()], decisions: items, withdrawn };
}

/**
 * A meeting's decisions for its page: withdrawn ones marked, each with the paragraphs it cites
 * and the meeting it was carried forward to, and whether the outcome still allows editing.
 */
export async function meetingDecisions(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "decision.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) throw new NotFoundError();
  const next = alias(meetings, "next_meeting");
  const [rows, conclusions] = await Promise.all([
    db
      .select({
        id: decisions.id,
        position: decisions.position,
        title: decisions.title,
        text: decisions.text,
        bodyId: bodies.id,
        bodyName: bodies.name,
        sourceParagraphs: decisions.sourceParagraphs,
        withdrawnAt: decisions.withdrawnAt,
        carriedForwardToId: next.id,
        carriedForwardToTitle: next.title,
      })
      .from(decisions)
      .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
      .leftJoin(next, eq(next.id, decisions.carriedForwardToMeetingId))
      .where(eq(decisions.meetingId, meetingId))
      .orderBy(asc(decisions.position)),
    chairsConclusionsOf(db, meetingId),
  ]);
  return { decisions: rows, editable: outcomeInDraft(conclusions?.status ?? null) };
}

/** What the decision forms offer: bodies, and the recommendations of the meeting's accepted reports. */
export async function decisionFormChoices(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "decision.record")) throw new ForbiddenError();
  const [bodyRows, reportRows, conclusions] = await Promise.all([
    db
      .select({ id: bodies.id, name: bodies.name })
      .from(bodies)
      .orderBy(asc(bodies.kind), asc(bodies.name)),
    db
      .select({
        id: reports.id,
        title: reports.title,
        bodyName: bodies.name,
        recommendations: reports.recommendations,
      })
      .from(reports)
      .innerJoin(bodies, eq(bodies.id, reports.bodyId))
      .where(and(eq(reports.meetingId, meetingId), eq(reports.status, "accepted")))
      .orderBy(asc(bodies.name)),
    chairsConclusionsOf(db, meetingId),
  ]);
  return {
    bodies: bodyRows,
    recommendations: reportRows.flatMap((r) =>
      r.recommendations.map((rec, index) => ({
        value: endorsementValue(r.id, rec.id),
        bodyName: r.bodyName,
        number: index + 1,
        text: rec.text,
      })),
    ),
    paragraphs: conclusions?.paragraphs.map((p) => p.number) ?? [],
  };
}

/**
 * A decision's page: its text and where it comes from (paragraphs of the Chair's conclusions,
 * the recommendation endorsed), its implementation (tasks rolled up), the reports of its
 * responsible body, and where it was carried forward (the next meeting's agenda item).
 */
export async function getDecision(db: DbOrTx, viewer: Viewer, id: string, clock: Clock) {
  if (!can(viewer, "decision.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const next = alias(meetings, "next_meeting");
  const [decision] = await db
    .select({
      id: decisions.id,
      position: decisions.position,
      title: decisions.title,
      text: decisions.text,
      version: decisions.version,
      statusOverride: decisions.statusOverride,
      statusReason: decisions.statusReason,
      sourceParagraphs: decisions.sourceParagraphs,
      endorsedReportId: decisions.endorsedReportId,
      endorsedRecommendationId: decisions.endorsedRecommendationId,
      withdrawnAt: decisions.withdrawnAt,
      bodyId: bodies.id,
      bodyName: bodies.name,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingNumber: meetings.sequenceNumber,
      carriedForwardToId: next.id,
      carriedForwardToTitle: next.title,
      carriedForwardToAgendaIssuedAt: next.agendaIssuedAt,
    })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
    .leftJoin(next, eq(next.id, decisions.carriedForwardToMeetingId))
    .where(eq(decisions.id, id));
  if (!decision) throw new NotFoundError();
  const prepare = can(viewer, "meeting.prepare");
  const [taskRows, conclusions, endorsed, bodyReports, agendaRows] = await Promise.all([
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        status: tasks.status,
        progress: tasks.progress,
        dueOn: tasks.dueOn,
        bodyName: bodies.name,
      })
      .from(tasks)
      .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
      .where(eq(tasks.decisionId, id))
      .orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.title)),
    db
      .select({
        id: records.id,
        status: records.status,
        title: records.title,
        symbol: records.symbol,
        paragraphs: records.paragraphs,
      })
      .from(records)
      .where(and(eq(records.meetingId, decision.meetingId), eq(records.kind, "chairs_conclusions")))
      .then((rows) => rows[0] ?? null),
    decision.endorsedReportId
      ? db
          .select({
            id: reports.id,
            title: reports.title,
            status: reports.status,
            bodyId: reports.bodyId,
            recommendations: reports.recommendations,
          })
          .from(reports)
          .where(eq(reports.id, decision.endorsedReportId))
          .then((rows) => rows[0] ?? null)
      : null,
    decision.bodyId
      ? db
          .select({
            id: reports.id,
            title: reports.title,
            status: reports.status,
            meetingId: meetings.id,
            meetingTitle: meetings.title,
          })
          .from(reports)
          .innerJoin(meetings, eq(meetings.id, reports.meetingId))
          .where(
            and(
              eq(reports.bodyId, decision.bodyId),
              sql`${meetings.sequenceNumber} >= ${decision.meetingNumber}`,
            ),
          )
          .orderBy(asc(meetings.sequenceNumber))
      : [],
    db
      .select({
        id: agendaItems.id,
        title: agendaItems.title,
        status: agendaItems.status,
        position: agendaItems.position,
        meetingId: meetings.id,
        meetingTitle: meetings.title,
        agendaIssuedAt: meetings.agendaIssuedAt,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(agendaItems.sourceDecisionId, id))
      .orderBy(asc(meetings.sequenceNumber)),
  ]);
  // Reports: accepted ones for everyone; others for the secretariat and the body's chairs.
  const mayReadReport = (r: { status: string; bodyId: string | null }) =>
    r.status === "accepted" || can(viewer, "report.readDraft", { bodyId: r.bodyId });
  // The Chair's conclusions are cited from their final text, or from the draft for the secretariat.
  const citable = conclusions && (conclusions.status === "final" || can(viewer, "record.manage"));
  const recommendation =
    endorsed && mayReadReport(endorsed)
      ? {
          reportId: endorsed.id,
          reportTitle: endorsed.title,
          number:
            endorsed.recommendations.findIndex((r) => r.id === decision.endorsedRecommendationId) +
            1,
          text:
            endorsed.recommendations.find((r) => r.id === decision.endorsedRecommendationId)
              ?.text ?? null,
        }
      : null;
  const rollupTasks = taskRows.map((t) => ({
    status: t.status,
    progress: t.progress,
    dueOn: t.dueOn,
  }));
  return {
    decision,
    rollup: rollUp(rollupTasks, { override: decision.statusOverride, today: clock.today }),
    editable: outcomeInDraft(conclusions?.status ?? null) && decision.withdrawnAt === null,
    tasks: taskRows.map((t) => ({
      ...t,
      overdue:
        t.status !== "done" &&
        t.status !== "cancelled" &&
        t.dueOn !== null &&
        t.dueOn < clock.today,
    })),
    conclusions: citable
      ? {
          id: conclusions.id,
          title: conclusions.title,
          symbol: conclusions.symbol,
          cited: conclusions.paragraphs.filter((p) => decision.sourceParagraphs.includes(p.number)),
        }
      : null,
    recommendation,
    reports: bodyReports.filter((r) =>
      mayReadReport({ status: r.status, bodyId: decision.bodyId }),
    ),
    // Agenda items are the secretariat's until the agenda is issued, then their accepted ones are everyone's.
    agendaItems: agendaRows.filter(
      (a) => prepare || (a.agendaIssuedAt !== null && a.status === "accepted"),
    ),
  };
}
