import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { agendaItems, decisions, meetings, records, reports } from "@/db/schema";
import type { AgendaDocument } from "@/db/schema/agenda";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { agendaEditBlocker } from "./agenda-rules";

// What the agenda commands read before they change anything (not a queries module: commands
// run outside Next.js too).

/** The item with its meeting's agenda state; refuses once the agenda is issued. */
export async function loadEditableItem(tx: Tx, itemId: string) {
  const [item] = await tx
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      position: agendaItems.position,
      status: agendaItems.status,
      title: agendaItems.title,
      leadBodyId: agendaItems.leadBodyId,
      startsAt: agendaItems.startsAt,
      durationMinutes: agendaItems.durationMinutes,
      documents: agendaItems.documents,
      version: agendaItems.version,
      agendaIssuedAt: meetings.agendaIssuedAt,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId));
  if (!item) throw new NotFoundError();
  const blocker = agendaEditBlocker(item);
  if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
  return item;
}

/** Every linked document must exist (a record, a report or a decision). */
export async function checkDocuments(tx: Tx, documents: readonly AgendaDocument[]) {
  const ids = (kind: AgendaDocument["kind"]) =>
    documents.filter((d) => d.kind === kind).map((d) => d.id);
  const count = async (kind: AgendaDocument["kind"]) => {
    const wanted = ids(kind);
    if (wanted.length === 0) return 0;
    const table = kind === "record" ? records : kind === "report" ? reports : decisions;
    const rows = await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted));
    return wanted.length - rows.length;
  };
  const missing = (await count("record")) + (await count("report")) + (await count("decision"));
  if (missing > 0) throw new ValidationError({ documents: ["unknownDocument"] });
}

/** The meeting whose agenda is changed, refused once its agenda is issued. */
export async function loadEditableAgenda(tx: Tx, meetingId: string) {
  const [meeting] = await tx
    .select({ id: meetings.id, agendaIssuedAt: meetings.agendaIssuedAt, version: meetings.version })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const blocker = agendaEditBlocker(meeting);
  if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
  return meeting;
}
