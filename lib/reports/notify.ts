import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies, meetings, memberships, reports, users } from "@/db/schema";
import { appLink } from "@/lib/app-url";
import { type EmailTemplate, formatForEmail, queueEmail } from "@/lib/notifications/queue";

// Who is told what about a report: its body's chairs (a request, a return, an acceptance) and
// the secretariat (a submission), each in their own language, with a link to the report.

type ReportTemplate = Extract<
  EmailTemplate,
  "reportRequested" | "reportDueChanged" | "reportSubmitted" | "reportReturned" | "reportAccepted"
>;

/** The report with what an e-mail about it names. */
async function reportFacts(tx: Tx, reportId: string) {
  const [row] = await tx
    .select({
      id: reports.id,
      bodyId: reports.bodyId,
      dueAt: reports.dueAt,
      bodyName: bodies.name,
      meetingTitle: meetings.title,
      timeZone: meetings.timeZone,
    })
    .from(reports)
    .innerJoin(bodies, eq(bodies.id, reports.bodyId))
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .where(eq(reports.id, reportId));
  return row ?? null;
}

async function send(
  tx: Tx,
  reportId: string,
  audience: "chairs" | "secretariat",
  template: ReportTemplate,
  extra: Record<string, string> = {},
): Promise<number> {
  const report = await reportFacts(tx, reportId);
  if (!report) return 0;
  const people = await tx
    .selectDistinct({ email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.active, true),
        audience === "chairs"
          ? and(eq(memberships.role, "chair"), eq(memberships.bodyId, report.bodyId))
          : eq(memberships.role, "secretariat"),
      ),
    );
  for (const person of people) {
    await queueEmail(tx, {
      to: person.email,
      locale: person.locale,
      template,
      values: {
        name: person.name,
        body: report.bodyName,
        meeting: report.meetingTitle,
        deadline: report.dueAt ? formatForEmail(report.dueAt, person.locale, report.timeZone) : "—",
        link: appLink(`/reports/${report.id}`),
        ...extra,
      },
      related: { entity: "report", id: report.id },
    });
  }
  return people.length;
}

/** Tells the body's chairs; returns how many were told. */
export function tellChairs(
  tx: Tx,
  reportId: string,
  template: Exclude<ReportTemplate, "reportSubmitted">,
  extra?: Record<string, string>,
) {
  return send(tx, reportId, "chairs", template, extra);
}

/** Tells the secretariat that a report waits for its review. */
export function tellSecretariat(tx: Tx, reportId: string) {
  return send(tx, reportId, "secretariat", "reportSubmitted");
}
