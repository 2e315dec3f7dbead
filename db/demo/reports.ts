import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../client";
import { bodies, meetings, reportEvents, reportRevisions, reports, users } from "../schema";
import type { ReportRecommendation } from "../schema/reports";

// The sixth meeting's reports of the six working groups, as the secretariat accepted them
// before the meeting (25–26 July 2005). Written for the demo: they illustrate what such reports
// hold, they are not the groups' real texts. Recommendation ids are fixed, so that decisions
// and links citing them stay the same from one load to the next.

type DemoReport = {
  slug: string;
  chair: string;
  title: string;
  summary: string;
  body: string;
  recommendations: ReportRecommendation[];
};

const demoReports: DemoReport[] = [
  {
    slug: "wg-peacekeeping",
    chair: "chair.peacekeeping@example.org",
    title: "Working together in peacekeeping: capacities and partnerships",
    summary:
      "The group reviewed how the United Nations and regional organizations share the work of keeping the peace, and where regional capacity most needs support.",
    body: `## What the group did

The group met four times between the fifth and sixth meetings, twice with the participation of
field commanders. It looked at operations where a regional mission handed over to a United
Nations one, and at those where both were deployed side by side.

## Findings

- Hand-overs work best when **planning starts together**, months before the transfer.
- Regional standby arrangements are uneven: some are ready to deploy, others exist on paper.
- Predictable funding remains the main obstacle for regional missions.

> Partnership is tested in the field, not in communiqués.

The full list of operations reviewed is in the annex.`,
    recommendations: [
      {
        id: "6a0e6f3e-3b1d-4c55-9a11-0f6c2b8d5e01",
        text: "Hold joint planning exercises before any transfer of authority between a regional and a United Nations mission.",
      },
      {
        id: "6a0e6f3e-3b1d-4c55-9a11-0f6c2b8d5e02",
        text: "Support the development of regional standby capacities, beginning with the African Union's.",
      },
      {
        id: "6a0e6f3e-3b1d-4c55-9a11-0f6c2b8d5e03",
        text: "Study options for more predictable funding of regional operations authorized by the Security Council.",
      },
    ],
  },
  {
    slug: "wg-protection-of-civilians",
    chair: "chair.protection-of-civilians@example.org",
    title: "Protecting civilians in armed conflict: common ground",
    summary:
      "The group compared how each organization protects civilians in its operations and proposed shared practices.",
    body: `## Scope

The group drew on the experience of five organizations with missions in the field, and on the
reports of humanitarian agencies working alongside them.

## Findings

1. Mandates increasingly mention the protection of civilians, but guidance for troops lags behind.
2. Training differs widely from one organization to another.
3. Information on threats to civilians is rarely shared between missions in the same region.`,
    recommendations: [
      {
        id: "7b1f7a4f-4c2e-4d66-8b22-1a7d3c9e6f01",
        text: "Develop common training modules on the protection of civilians for regional and United Nations personnel.",
      },
      {
        id: "7b1f7a4f-4c2e-4d66-8b22-1a7d3c9e6f02",
        text: "Set up arrangements to share early-warning information on threats to civilians between missions.",
      },
    ],
  },
  {
    slug: "wg-human-rights-counter-terrorism",
    chair: "chair.human-rights@example.org",
    title: "Countering terrorism with respect for human rights",
    summary:
      "The group looked at how counter-terrorism measures can stay within human rights law, and at the help organizations can give each other.",
    body: `## Approach

The group heard experts from the Council of Europe, the OSCE and INTERPOL, and reviewed the
guidance each organization gives its members.

## Findings

- Effective counter-terrorism and respect for human rights **reinforce each other**.
- Members ask for practical guidance more than for new principles.
- Cooperation between police services gains when common safeguards are agreed.`,
    recommendations: [
      {
        id: "8c2a8b5a-5d3f-4e77-9c33-2b8e4d0f7a01",
        text: "Compile the guidance of the participating organizations on human rights in counter-terrorism into a shared reference.",
      },
      {
        id: "8c2a8b5a-5d3f-4e77-9c33-2b8e4d0f7a02",
        text: "Offer joint training for officials on safeguards in information exchange between police services.",
      },
      {
        id: "8c2a8b5a-5d3f-4e77-9c33-2b8e4d0f7a03",
        text: "Report back to the next high-level meeting on progress made by each organization.",
      },
    ],
  },
  {
    slug: "wg-dialogue-among-civilizations",
    chair: "chair.dialogue@example.org",
    title: "Dialogue among civilizations: from words to joint programmes",
    summary:
      "The group proposed ways for the organizations to turn the dialogue among civilizations into shared activities, and prepared a draft declaration.",
    body: `## Background

Several organizations run programmes on intercultural dialogue, often without knowing of each
other's work.

## Proposals

- An inventory of existing programmes, kept up to date by the secretariat.
- Exchanges of young professionals between organizations of different regions.
- A declaration on a partnership of civilizations, for the meeting's consideration.`,
    recommendations: [
      {
        id: "9d3b9c6b-6e4a-4f88-8d44-3c9f5e1a8b01",
        text: "Adopt a declaration on a partnership of civilizations at the sixth meeting.",
      },
      {
        id: "9d3b9c6b-6e4a-4f88-8d44-3c9f5e1a8b02",
        text: "Establish an inventory of the organizations' programmes on intercultural dialogue.",
      },
    ],
  },
  {
    slug: "wg-disarmament",
    chair: "chair.disarmament@example.org",
    title: "Disarmament and non-proliferation: regional contributions",
    summary:
      "The group reviewed regional contributions to disarmament and non-proliferation, with attention to small arms and to chemical weapons.",
    body: `## Work done

The group met with the OPCW and with regional centres working on small arms and light weapons.

## Findings

- Regional registers of small arms improve transparency where they are kept up to date.
- Assistance to states implementing the Chemical Weapons Convention is in demand.
- Export controls differ widely between regions.`,
    recommendations: [
      {
        id: "ae4cad7c-7f5b-4a99-9e55-4daf6f2b9c01",
        text: "Encourage regional registers of small arms and light weapons, and share good practice in keeping them.",
      },
      {
        id: "ae4cad7c-7f5b-4a99-9e55-4daf6f2b9c02",
        text: "Coordinate assistance to states implementing the Chemical Weapons Convention with the OPCW.",
      },
    ],
  },
  {
    slug: "wg-un-reform",
    chair: "chair.un-reform@example.org",
    title: "What United Nations reform means for the partnership",
    summary:
      "The group examined the reform proposals before the 2005 World Summit and what they would change for cooperation with regional organizations.",
    body: `## Questions examined

- How a peacebuilding commission would involve regional organizations.
- Whether the Secretariat's liaison with regional organizations should be strengthened.
- How the high-level meetings themselves could become more regular and better prepared.

## Conclusion

The group sees the reform as an occasion to put the partnership on a more **regular and
predictable** footing.`,
    recommendations: [
      {
        id: "bf5dbe8d-8a6c-4baa-8f66-5eb0a73cad01",
        text: "Involve regional organizations in the work of a future peacebuilding commission.",
      },
      {
        id: "bf5dbe8d-8a6c-4baa-8f66-5eb0a73cad02",
        text: "Hold the high-level meeting every year, with a standing committee to prepare it.",
      },
      {
        id: "bf5dbe8d-8a6c-4baa-8f66-5eb0a73cad03",
        text: "Strengthen the secretariat of the high-level meetings in the Department of Political Affairs.",
      },
    ],
  },
];

// The story of each report, in New York time: asked for at the start of June 2005, due three
// weeks before the meeting, saved and submitted by its chair, accepted by the secretariat.
const requestedAt = new Date("2005-06-01T14:00:00Z");
const dueAt = new Date("2005-07-04T22:00:00Z");
const savedAt = (i: number) => new Date(Date.UTC(2005, 5, 20 + i, 15, 30));
const submittedAt = (i: number) => new Date(Date.UTC(2005, 5, 27 + i, 16, 0));
const acceptedAt = (i: number) => new Date(Date.UTC(2005, 6, 8 + i, 15, 0));

/**
 * The sixth meeting's reports of the six working groups, accepted (issue 10's demo data).
 * Idempotent: rows are matched by their natural keys (body × meeting); the history of a report
 * is written only when the report itself is.
 */
export async function seedDemoReports(tx: Tx): Promise<void> {
  const [sixth] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.sequenceNumber, 6));
  if (!sixth) return;
  const bodyRows = await tx
    .select({ id: bodies.id, slug: bodies.slug })
    .from(bodies)
    .where(
      inArray(
        bodies.slug,
        demoReports.map((r) => r.slug),
      ),
    );
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ["secretariat@example.org", ...demoReports.map((r) => r.chair)]));
  const bodyId = new Map(bodyRows.map((b) => [b.slug, b.id]));
  const userId = new Map(people.map((p) => [p.email, p.id]));
  const secretariat = userId.get("secretariat@example.org") ?? null;

  for (const [i, demo] of demoReports.entries()) {
    const body = bodyId.get(demo.slug);
    if (!body) continue;
    const chair = userId.get(demo.chair) ?? null;
    const [created] = await tx
      .insert(reports)
      .values({
        bodyId: body,
        meetingId: sixth.id,
        status: "accepted",
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        recommendations: demo.recommendations,
        dueAt,
        requestedAt,
        requestedById: secretariat,
        submittedAt: submittedAt(i),
        reviewedAt: acceptedAt(i),
        reviewedById: secretariat,
        lastEditedById: chair,
        // Requested (1), saved (2), submitted (3), accepted (4).
        version: 4,
        createdAt: requestedAt,
        updatedAt: acceptedAt(i),
      })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    // Already there: its history is too.
    if (!created) continue;
    await tx
      .insert(reportRevisions)
      .values({
        reportId: created.id,
        version: 2,
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        recommendations: demo.recommendations,
        status: "draft",
        authorId: chair,
        createdAt: savedAt(i),
      })
      .onConflictDoNothing();
    await tx.insert(reportEvents).values([
      { reportId: created.id, kind: "requested", actorId: secretariat, at: requestedAt },
      { reportId: created.id, kind: "submitted", actorId: chair, at: submittedAt(i) },
      { reportId: created.id, kind: "accepted", actorId: secretariat, at: acceptedAt(i) },
    ]);
  }
}
