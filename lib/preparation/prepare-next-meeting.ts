import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { agendaItems, bodies, decisions, meetings, records, reports, tasks } from "@/db/schema";
import type { AgendaDocument } from "@/db/schema/agenda";
import type { AgendaItemKind } from "@/db/schema/enums";
import { defineAction } from "@/lib/action";
import { isBodyClosed } from "@/lib/bodies/closure";
import { rollUp } from "@/lib/decisions/rollup";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { catalogueFor } from "@/lib/i18n/catalogues";
import { defaultMeetingTitle } from "@/lib/meetings/titles";
import { preparationBlocker } from "./agenda-rules";
import { prepareNextMeetingSchema } from "./schemas";

// The sixth meeting decided that its record and its decisions on each working group's outcome
// become "the basis for preparing the seventh meeting" (A/60/341–S/2005/567, para. 10).

/** A decision still to be implemented goes on; an implemented or superseded one is settled. */
const settled = new Set(["implemented", "superseded"]);

/**
 * From a concluded meeting, prepares the next one (numbered next; created, planned and
 * without dates, when it does not exist yet): carries forward every decision not fully
 * implemented and proposes a provisional agenda (adoption of the outcome, the progress report,
 * each working group's report, one item per decision carried forward, other matters).
 * Idempotent: a second run adds nothing twice (it only links documents that appeared since).
 */
export const prepareNextMeeting = defineAction({
  name: "meeting.prepare",
  schema: prepareNextMeetingSchema,
  capability: "meeting.prepare",
  async run({ tx, viewer, input, audit, clock, unchanged }) {
    const [meeting] = await tx
      .select({
        id: meetings.id,
        title: meetings.title,
        sequenceNumber: meetings.sequenceNumber,
        status: meetings.status,
      })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const number = meeting.sequenceNumber + 1;
    const [existing] = await tx
      .select({ id: meetings.id, status: meetings.status })
      .from(meetings)
      .where(eq(meetings.sequenceNumber, number));
    const blocker = preparationBlocker(meeting, existing ?? null);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    const at = clock.stamp();
    let next = existing;
    if (!next) {
      [next] = await tx
        .insert(meetings)
        .values({
          sequenceNumber: number,
          title: defaultMeetingTitle(number),
          status: "planned",
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: meetings.id, status: meetings.status });
      if (!next) throw new Error("insert returned nothing");
    }
    const nextId = next.id;

    // The decisions of this meeting, and those carried into it, not fully implemented.
    const candidates = await tx
      .select({
        id: decisions.id,
        position: decisions.position,
        title: decisions.title,
        responsibleBodyId: decisions.responsibleBodyId,
        statusOverride: decisions.statusOverride,
        carriedForwardToMeetingId: decisions.carriedForwardToMeetingId,
        meetingTitle: meetings.title,
        meetingNumber: meetings.sequenceNumber,
      })
      .from(decisions)
      .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
      .where(
        and(
          isNull(decisions.withdrawnAt),
          or(
            eq(decisions.meetingId, meeting.id),
            eq(decisions.carriedForwardToMeetingId, meeting.id),
          ),
        ),
      )
      .orderBy(asc(meetings.sequenceNumber), asc(decisions.position));
    const taskRows = candidates.length
      ? await tx
          .select({
            decisionId: tasks.decisionId,
            status: tasks.status,
            progress: tasks.progress,
            dueOn: tasks.dueOn,
          })
          .from(tasks)
          .where(
            inArray(
              tasks.decisionId,
              candidates.map((d) => d.id),
            ),
          )
      : [];
    const open = candidates.filter((d) => {
      // Already sent to another meeting than this one or the next: not ours to move.
      if (
        d.carriedForwardToMeetingId !== null &&
        d.carriedForwardToMeetingId !== meeting.id &&
        d.carriedForwardToMeetingId !== nextId
      )
        return false;
      const rollup = rollUp(
        taskRows.filter((t) => t.decisionId === d.id),
        { override: d.statusOverride, today: clock.today },
      );
      return !settled.has(rollup.status);
    });
    const toCarry = open.filter((d) => d.carriedForwardToMeetingId !== nextId).map((d) => d.id);
    if (toCarry.length)
      await tx
        .update(decisions)
        .set({ carriedForwardToMeetingId: nextId })
        .where(inArray(decisions.id, toCarry));

    // The provisional agenda: what is missing of it is proposed.
    const [items, groups, standing, finalRecords, nextReports] = await Promise.all([
      tx
        .select({
          id: agendaItems.id,
          kind: agendaItems.kind,
          status: agendaItems.status,
          position: agendaItems.position,
          leadBodyId: agendaItems.leadBodyId,
          sourceDecisionId: agendaItems.sourceDecisionId,
          documents: agendaItems.documents,
        })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, nextId))
        .orderBy(asc(agendaItems.position)),
      tx
        .select({ id: bodies.id, name: bodies.name, activeTo: bodies.activeTo })
        .from(bodies)
        .where(eq(bodies.kind, "working_group"))
        .orderBy(asc(bodies.name)),
      tx
        .select({ id: bodies.id, activeTo: bodies.activeTo })
        .from(bodies)
        .where(eq(bodies.kind, "standing_committee"))
        .orderBy(asc(bodies.createdAt)),
      tx
        .select({ id: records.id })
        .from(records)
        .where(and(eq(records.meetingId, meeting.id), eq(records.status, "final")))
        .orderBy(asc(records.position)),
      tx
        .select({ id: reports.id, bodyId: reports.bodyId })
        .from(reports)
        .where(eq(reports.meetingId, nextId)),
    ]);
    const t = createTranslator({
      ...(await catalogueFor(viewer.locale)),
      namespace: "agendaTitles",
    });
    const active = groups.filter((g) => !isBodyClosed(g, clock.today));
    const committee = standing.find((b) => !isBodyClosed(b, clock.today));
    const outcomeDocuments: AgendaDocument[] = finalRecords.map((r) => ({
      kind: "record",
      id: r.id,
    }));
    const reportOf = (bodyId: string): AgendaDocument[] =>
      nextReports.filter((r) => r.bodyId === bodyId).map((r) => ({ kind: "report", id: r.id }));

    type Proposal = {
      kind: AgendaItemKind;
      title: string;
      leadBodyId: string | null;
      documents: AgendaDocument[];
      sourceDecisionId: string | null;
    };
    const proposals: Proposal[] = [];
    const has = (
      kind: AgendaItemKind,
      match: (i: (typeof items)[number]) => boolean = () => true,
    ) => items.some((i) => i.kind === kind && match(i));
    if (!has("adoption_of_outcome"))
      proposals.push({
        kind: "adoption_of_outcome",
        title: t("adoption", { meeting: meeting.title }),
        leadBodyId: null,
        documents: outcomeDocuments,
        sourceDecisionId: null,
      });
    if (!has("progress_report"))
      proposals.push({
        kind: "progress_report",
        title: t("progressReport", { meeting: meeting.title }),
        leadBodyId: committee?.id ?? null,
        documents: [],
        sourceDecisionId: null,
      });
    for (const group of active) {
      if (!has("working_group_report", (i) => i.leadBodyId === group.id))
        proposals.push({
          kind: "working_group_report",
          title: t("workingGroupReport", { body: group.name }),
          leadBodyId: group.id,
          documents: reportOf(group.id),
          sourceDecisionId: null,
        });
    }
    for (const decision of open) {
      if (!items.some((i) => i.sourceDecisionId === decision.id))
        proposals.push({
          kind: "carried_forward",
          title: t("carriedForward", {
            position: decision.position,
            meeting: decision.meetingTitle,
            title: decision.title,
          }),
          leadBodyId: decision.responsibleBodyId,
          documents: [{ kind: "decision", id: decision.id }],
          sourceDecisionId: decision.id,
        });
    }
    const otherMatters = items.find((i) => i.kind === "other_matters");
    if (!otherMatters)
      proposals.push({
        kind: "other_matters",
        title: t("otherMatters"),
        leadBodyId: null,
        documents: [],
        sourceDecisionId: null,
      });
    let position = items.reduce((max, i) => Math.max(max, i.position), 0);
    if (proposals.length)
      await tx.insert(agendaItems).values(
        proposals.map((p) => {
          position += 1;
          return {
            ...p,
            meetingId: nextId,
            position,
            status: "proposed" as const,
            createdAt: at,
            updatedAt: at,
          };
        }),
      );
    // "Other matters" closes the agenda while the secretariat has not placed it elsewhere.
    if (otherMatters && otherMatters.status === "proposed" && proposals.length)
      await tx
        .update(agendaItems)
        .set({ position: position + 1, version: sql`${agendaItems.version} + 1`, updatedAt: at })
        .where(eq(agendaItems.id, otherMatters.id));

    // Items still proposed get the documents that appeared since (final records, reports).
    let linked = 0;
    for (const item of items) {
      if (item.status !== "proposed") continue;
      const wanted =
        item.kind === "adoption_of_outcome"
          ? outcomeDocuments
          : item.kind === "working_group_report" && item.leadBodyId
            ? reportOf(item.leadBodyId)
            : [];
      const missing = wanted.filter(
        (w) => !item.documents.some((d) => d.kind === w.kind && d.id === w.id),
      );
      if (missing.length === 0) continue;
      linked += missing.length;
      await tx
        .update(agendaItems)
        .set({
          documents: [...item.documents, ...missing],
          version: sql`${agendaItems.version} + 1`,
          updatedAt: at,
        })
        .where(eq(agendaItems.id, item.id));
    }

    const result = {
      meetingId: nextId,
      created: !existing,
      carried: toCarry.length,
      itemsAdded: proposals.length,
      documentsLinked: linked,
    };
    if (existing && toCarry.length === 0 && proposals.length === 0 && linked === 0) {
      unchanged();
      return result;
    }
    await audit({
      action: "meeting.prepare",
      entity: "meeting",
      entityId: nextId,
      after: { from: meeting.id, ...result, decisions: toCarry },
    });
    return result;
  },
  revalidate: (input, result) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${result.meetingId}`,
    `/meetings/${result.meetingId}/preparation`,
    `/meetings/${result.meetingId}/agenda`,
    "/meetings",
  ],
});
