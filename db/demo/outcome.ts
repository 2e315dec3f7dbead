import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import {
  bodies,
  decisions,
  invitations,
  meetings,
  memberships,
  organizations,
  records,
  recordVersions,
  reports,
  tasks,
  taskUpdates,
  users,
} from "../schema";
import type { RepresentationLevel, TaskStatus } from "../schema/enums";
import type { RecordParagraph } from "../schema/records";

// The sixth meeting's outcome as the demo world knows it on 1 March 2006: its Chair's
// conclusions and the declaration appended to them (final, issued 8 September 2005), who came,
// the decisions citing their paragraphs and the recommendations they endorse, and tasks under
// way with dated progress notes. The paragraphs are written for the demo, after the facts of
// A/60/341–S/2005/567 (shared/DOMAIN.md); they are not the document's text.

const SYMBOL = "A/60/341–S/2005/567";
const ISSUED_ON = "2005-09-08";
const issuedAt = new Date("2005-09-08T15:00:00Z");

const conclusions: string[] = [
  "On 25 and 26 July 2005 the Secretary-General convened at United Nations Headquarters in New York the sixth high-level meeting between the United Nations and regional and other intergovernmental organizations, on the theme “United Nations–regional organizations: a partnership for a more secure world”. Twenty organizations took part, thirteen of them represented by their heads.",
  "The participants reviewed the threats to peace and security that have emerged since the fifth meeting, and how the United Nations and the organizations have worked together to prevent and settle conflicts.",
  "They discussed the reform of the United Nations proposed for the World Summit of September 2005, and what it means for the partnership between the Organization and regional and other intergovernmental organizations.",
  "The participants endorsed, with the amendments agreed at the meeting, the recommendations of the six working groups: on peacekeeping; on the protection of civilians; on respect for human rights in counter-terrorism; on dialogue among civilizations; on disarmament; and on the implications of United Nations reform for the partnership. They agreed to give particular attention to the needs of Africa, including support for a ten-year capacity-building programme for the African Union.",
  "Disaster relief and the reduction of disaster risk are added to the fields in which the participants will work together.",
  "The Secretary-General may conclude with individual organizations agreements of a kind suited to each, to give their cooperation a lasting basis.",
  "To give their cooperation more structure, the participants agreed: to hold the high-level meeting every year, back to back with the meetings of the Security Council with regional organizations; to set up a standing committee, under terms of reference agreed by all participating organizations, to prepare the meetings and monitor the implementation of their decisions; that each organization designate a senior official as its focal point; that organizations under Chapter VIII of the Charter pursue joint activities within the structure of the meeting, while other intergovernmental organizations cooperate under other provisions of the Charter; and to strengthen the meeting's secretariat in the Department of Political Affairs and its research partner.",
  "The participants adopted a declaration on a partnership of civilizations, appended to these conclusions.",
  "The participants thanked the Secretary-General for convening the meeting and the working groups for the work done since the fifth meeting.",
  "The detailed record of the meeting and the decisions on the outcome of each working group will be circulated to the participants for their comments; they will then be the basis for preparing the seventh meeting.",
];

const declaration: string[] = [
  "The participating organizations affirm that no civilization is a threat to another, and that the diversity of cultures and faiths enriches the common life of humankind.",
  "They undertake to encourage, each within its mandate, exchanges between peoples, schools, media and religious communities that build understanding and respect.",
  "They will oppose the use of cultural or religious differences to incite hatred, and will support those who work for reconciliation.",
  "They ask the working group on dialogue among civilizations to report to the seventh meeting on how this declaration has been put into practice.",
];

const numbered = (texts: string[]): RecordParagraph[] =>
  texts.map((text, i) => ({ number: i + 1, text }));

/** The paragraphs each decision of the sixth meeting comes from, by the decision's title. */
const sourceParagraphs: Record<string, number[]> = {
  "Meet every year": [7],
  "Meet back to back with the Security Council": [7],
  "Set up a standing committee": [7],
  "Designate focal points": [7],
  "Chapter VIII and other organizations": [7],
  "Strengthen the secretariat": [7],
  "Peacekeeping recommendations": [4],
  "Protection of civilians recommendations": [4],
  "Human rights in counter-terrorism recommendations": [4],
  "Dialogue among civilizations recommendations": [4, 8],
  "Disarmament recommendations": [4],
  "UN reform recommendations": [4],
  "Africa's needs": [4],
  "Disaster relief and risk reduction": [5],
  "Agreements with individual organizations": [6],
  "Circulate the record for comments": [10],
};

/** The working-group recommendation a decision endorses: the group's report and its n-th recommendation. */
const endorsements: Record<string, { slug: string; index: number }> = {
  "Meet every year": { slug: "wg-un-reform", index: 1 },
  "Set up a standing committee": { slug: "wg-un-reform", index: 1 },
  "Strengthen the secretariat": { slug: "wg-un-reform", index: 2 },
  "Peacekeeping recommendations": { slug: "wg-peacekeeping", index: 0 },
  "Protection of civilians recommendations": { slug: "wg-protection-of-civilians", index: 0 },
  "Human rights in counter-terrorism recommendations": {
    slug: "wg-human-rights-counter-terrorism",
    index: 0,
  },
  "Dialogue among civilizations recommendations": {
    slug: "wg-dialogue-among-civilizations",
    index: 0,
  },
  "Disarmament recommendations": { slug: "wg-disarmament", index: 0 },
  "UN reform recommendations": { slug: "wg-un-reform", index: 0 },
  "Africa's needs": { slug: "wg-peacekeeping", index: 1 },
};

// Thirteen organizations represented by their heads (our plausible choice); the others by a
// deputy or a senior official.
const headsPresent = new Set([
  "AU",
  "CARICOM",
  "Commonwealth Secretariat",
  "CoE",
  "EU",
  "INTERPOL",
  "LAS",
  "NATO",
  "OAS",
  "OIC",
  "OIF",
  "OPCW",
  "OSCE",
]);
const deputies = new Set(["CIS", "SADC"]);

type DemoNote = { on: string; status: TaskStatus; progress: number; note: string };
type DemoTask = {
  decision: string;
  body: string;
  title: string;
  detail: string;
  lead?: string;
  dueOn: string;
  createdOn: string;
  notes: DemoNote[];
};

// Work under way on the sixth meeting's decisions. None for the working group on peacekeeping
// (the tasks walkthrough starts its first one) nor for "Meet every year" (no task implements it).
const demoTasks: DemoTask[] = [
  {
    decision: "Set up a standing committee",
    body: "standing-committee",
    title: "Draft the terms of reference of the standing committee",
    detail:
      "A draft for all participating organizations to agree: membership, chair, meetings, and how the committee follows the implementation of decisions.",
    dueOn: "2006-04-30",
    createdOn: "2005-09-12",
    notes: [
      {
        on: "2005-10-12",
        status: "in_progress",
        progress: 20,
        note: "First outline sent to the focal points for comments.",
      },
      {
        on: "2006-01-20",
        status: "in_progress",
        progress: 60,
        note: "Comments from twelve organizations worked into a second draft.",
      },
    ],
  },
  {
    decision: "Designate focal points",
    body: "standing-committee",
    title: "Collect the designations of focal points",
    detail: "Each organization names one senior official as its focal point.",
    dueOn: "2005-12-31",
    createdOn: "2005-09-12",
    notes: [
      {
        on: "2005-09-30",
        status: "in_progress",
        progress: 40,
        note: "Eight organizations have named their focal point.",
      },
      {
        on: "2005-11-30",
        status: "done",
        progress: 100,
        note: "All twenty organizations have named a focal point.",
      },
    ],
  },
  {
    decision: "Protection of civilians recommendations",
    body: "wg-protection-of-civilians",
    title: "Draft common training modules on the protection of civilians",
    detail:
      "Modules for regional and United Nations personnel, from the group's first recommendation.",
    lead: "CoE",
    dueOn: "2006-06-30",
    createdOn: "2005-10-03",
    notes: [
      {
        on: "2005-12-05",
        status: "in_progress",
        progress: 30,
        note: "Outline of four modules agreed; the first is being written.",
      },
    ],
  },
  {
    decision: "Human rights in counter-terrorism recommendations",
    body: "wg-human-rights-counter-terrorism",
    title: "Compile the organizations' guidance on human rights in counter-terrorism",
    detail: "One shared reference of the guidance each participating organization has issued.",
    dueOn: "2006-02-15",
    createdOn: "2005-10-03",
    notes: [
      {
        on: "2005-11-10",
        status: "in_progress",
        progress: 15,
        note: "Guidance received from five organizations; reminders sent to the others.",
      },
    ],
  },
  {
    decision: "Dialogue among civilizations recommendations",
    body: "wg-dialogue-among-civilizations",
    title: "Inventory the organizations' programmes on intercultural dialogue",
    detail: "Which organization does what, where, and with whom.",
    lead: "OIF",
    dueOn: "2006-07-31",
    createdOn: "2005-10-17",
    notes: [
      {
        on: "2005-12-14",
        status: "in_progress",
        progress: 20,
        note: "Questionnaire sent to the participating organizations.",
      },
      {
        on: "2006-02-02",
        status: "in_progress",
        progress: 40,
        note: "Eleven replies received and entered into the inventory.",
      },
    ],
  },
  {
    decision: "Disarmament recommendations",
    body: "wg-disarmament",
    title: "Map the regional registers of small arms and light weapons",
    detail: "Where registers exist, how they are kept, and what the others need to start one.",
    dueOn: "2006-01-31",
    createdOn: "2005-09-26",
    notes: [
      {
        on: "2005-10-20",
        status: "in_progress",
        progress: 50,
        note: "Registers of four regions described.",
      },
      {
        on: "2006-01-25",
        status: "done",
        progress: 100,
        note: "Map finished and shared with the members of the group.",
      },
    ],
  },
  {
    decision: "UN reform recommendations",
    body: "wg-un-reform",
    title: "Propose how regional organizations take part in the Peacebuilding Commission",
    detail: "Options for the participation of regional organizations in the new commission.",
    dueOn: "2006-05-31",
    createdOn: "2006-01-09",
    notes: [],
  },
  {
    decision: "Disaster relief and risk reduction",
    body: "standing-committee",
    title: "Propose how disaster relief and risk reduction enter the cooperation",
    detail: "A short paper for the seventh meeting.",
    dueOn: "2006-06-30",
    createdOn: "2006-02-06",
    notes: [],
  },
];

/** A date at a time of day in New York (the secretariat's), as an instant. */
const at = (day: string, hour = 15) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

/**
 * The sixth meeting's outcome as of 1 March 2006 (issue 11's demo data). Idempotent: records
 * are matched by meeting × kind, invitations by meeting × organization, tasks by decision ×
 * title; decisions get their sources only while they have none.
 */
export async function seedDemoOutcome(tx: Tx): Promise<void> {
  const [sixth] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.sequenceNumber, 6));
  if (!sixth) return;
  const [secretariat] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "secretariat@example.org"));

  // The Chair's conclusions and the declaration, final since 8 September 2005.
  for (const [index, demo] of [
    {
      kind: "chairs_conclusions" as const,
      title: "Chair's conclusions",
      symbol: SYMBOL,
      paragraphs: numbered(conclusions),
    },
    {
      kind: "declaration" as const,
      title: "Declaration on a partnership of civilizations",
      symbol: null,
      paragraphs: numbered(declaration),
    },
  ].entries()) {
    const [existing] = await tx
      .select({ id: records.id })
      .from(records)
      .where(and(eq(records.meetingId, sixth.id), eq(records.kind, demo.kind)));
    if (existing) continue;
    const [record] = await tx
      .insert(records)
      .values({
        meetingId: sixth.id,
        kind: demo.kind,
        title: demo.title,
        symbol: demo.symbol,
        issuedOn: ISSUED_ON,
        originalLanguage: "en",
        position: index + 1,
        status: "final",
        paragraphs: demo.paragraphs,
        version: 3,
        createdAt: at("2005-07-28"),
        updatedAt: issuedAt,
      })
      .returning({ id: records.id });
    if (!record) continue;
    await tx
      .insert(recordVersions)
      .values({
        recordId: record.id,
        version: 1,
        title: demo.title,
        symbol: demo.symbol,
        paragraphs: demo.paragraphs,
        stage: "final",
        createdById: secretariat?.id ?? null,
        circulatedAt: issuedAt,
      })
      .onConflictDoNothing();
  }

  // Who came: the twenty organizations, thirteen of them represented by their heads.
  const orgs = await tx
    .select({ id: organizations.id, shortName: organizations.shortName, name: organizations.name })
    .from(organizations);
  await tx
    .insert(invitations)
    .values(
      orgs.map((o, i) => {
        const key = o.shortName ?? o.name;
        const head = headsPresent.has(key);
        const level: RepresentationLevel = head
          ? "head"
          : deputies.has(key)
            ? "deputy_head"
            : "senior_official";
        return {
          meetingId: sixth.id,
          organizationId: o.id,
          status: "confirmed" as const,
          representationLevel: level,
          headAttending: head,
          replyDeadline: new Date("2005-06-27T22:00:00Z"),
          repliedAt: at(`2005-06-${String(10 + (i % 15)).padStart(2, "0")}`),
          enteredBySecretariat: true,
          attended: true,
          headPresent: head,
          createdAt: at("2005-05-30"),
          updatedAt: at("2005-07-27"),
        };
      }),
    )
    .onConflictDoNothing();

  // The decisions cite the paragraphs they come from and the recommendations they endorse.
  const [decisionRows, reportRows, bodyRows] = await Promise.all([
    tx
      .select({
        id: decisions.id,
        title: decisions.title,
        sourceParagraphs: decisions.sourceParagraphs,
      })
      .from(decisions)
      .where(eq(decisions.meetingId, sixth.id)),
    tx
      .select({ id: reports.id, slug: bodies.slug, recommendations: reports.recommendations })
      .from(reports)
      .innerJoin(bodies, eq(bodies.id, reports.bodyId))
      .where(and(eq(reports.meetingId, sixth.id), eq(reports.status, "accepted"))),
    tx.select({ id: bodies.id, slug: bodies.slug }).from(bodies),
  ]);
  for (const decision of decisionRows) {
    const paragraphs = sourceParagraphs[decision.title];
    if (!paragraphs || decision.sourceParagraphs.length > 0) continue;
    const endorsed = endorsements[decision.title];
    const report = endorsed ? reportRows.find((r) => r.slug === endorsed.slug) : undefined;
    const recommendation = endorsed ? report?.recommendations[endorsed.index] : undefined;
    await tx
      .update(decisions)
      .set({
        sourceParagraphs: paragraphs,
        endorsedReportId: recommendation ? (report?.id ?? null) : null,
        endorsedRecommendationId: recommendation?.id ?? null,
      })
      .where(and(eq(decisions.id, decision.id), sql`${decisions.sourceParagraphs} = '[]'::jsonb`));
  }

  // Tasks under way, each with its progress notes, by the chair of its body.
  const decisionByTitle = new Map(decisionRows.map((d) => [d.title, d.id]));
  const bodyBySlug = new Map(bodyRows.map((b) => [b.slug, b.id]));
  const orgByShort = new Map(orgs.map((o) => [o.shortName ?? o.name, o.id]));
  // Each body's chair writes its progress notes.
  const chairs = await tx
    .select({ bodyId: memberships.bodyId, userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.role, "chair"));
  const chairOf = new Map(chairs.map((c) => [c.bodyId, c.userId]));
  for (const demo of demoTasks) {
    const decisionId = decisionByTitle.get(demo.decision);
    const bodyId = bodyBySlug.get(demo.body);
    if (!decisionId || !bodyId) continue;
    const [existing] = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.decisionId, decisionId), eq(tasks.title, demo.title)));
    if (existing) continue;
    const last = demo.notes.at(-1);
    const [task] = await tx
      .insert(tasks)
      .values({
        title: demo.title,
        detail: demo.detail,
        bodyId,
        leadOrganizationId: demo.lead ? (orgByShort.get(demo.lead) ?? null) : null,
        dueOn: demo.dueOn,
        status: last?.status ?? "not_started",
        progress: last?.progress ?? 0,
        decisionId,
        version: 1 + demo.notes.length,
        createdAt: at(demo.createdOn),
        updatedAt: at(last?.on ?? demo.createdOn),
      })
      .returning({ id: tasks.id });
    if (!task || demo.notes.length === 0) continue;
    await tx.insert(taskUpdates).values(
      demo.notes.map((n) => ({
        taskId: task.id,
        authorId: chairOf.get(bodyId) ?? null,
        status: n.status,
        progress: n.progress,
        note: n.note,
        createdAt: at(n.on),
      })),
    );
  }
}
