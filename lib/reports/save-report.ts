import { and, eq, sql } from "drizzle-orm";
import { reportRevisions, reports, users } from "@/db/schema";
import type { ReportRecommendation } from "@/db/schema/reports";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { reportScope } from "./report-scope";
import { saveReportSchema } from "./schemas";
import { editRefusal } from "./workflow";

// A chair saves their body's report: every save that changes something is a revision holding
// the whole text. Saves are version-checked: when another chair of the body saved in between,
// nothing is written and the other's text comes back for the form to show beside one's own.
export const saveReport = defineAction({
  name: "report.save",
  schema: saveReportSchema,
  capability: "report.write",
  scope: (input, tx) => reportScope(tx, input.reportId),
  async run({ tx, viewer, input, audit, clock, unchanged }) {
    const [current] = await tx
      .select({
        status: reports.status,
        title: reports.title,
        summary: reports.summary,
        body: reports.body,
        recommendations: reports.recommendations,
        version: reports.version,
        updatedAt: reports.updatedAt,
        savedBy: users.name,
      })
      .from(reports)
      .leftJoin(users, eq(users.id, reports.lastEditedById))
      .where(eq(reports.id, input.reportId))
      .for("update", { of: reports });
    if (!current) throw new NotFoundError();
    const refusal = editRefusal(current.status);
    if (refusal) throw new ValidationError({ _form: [refusal] }, refusal);
    if (current.version !== input.version) {
      throw new ConflictError({
        title: current.title,
        summary: current.summary,
        body: current.body,
        recommendations: current.recommendations,
        version: current.version,
        savedBy: current.savedBy,
        savedAt: current.updatedAt.toISOString(),
      });
    }

    // An item keeps its id through revisions (decisions cite it); a new one gets its own.
    const known = new Set(current.recommendations.map((r) => r.id));
    const recommendations: ReportRecommendation[] = input.recommendations.map((r) => ({
      id: r.id && known.has(r.id) ? r.id : crypto.randomUUID(),
      text: r.text,
    }));
    const same =
      current.status !== "requested" &&
      current.title === input.title &&
      current.summary === input.summary &&
      current.body === input.body &&
      JSON.stringify(current.recommendations) === JSON.stringify(recommendations);
    if (same) {
      unchanged();
      return {
        version: current.version,
        status: current.status,
        changed: false,
        recommendations: current.recommendations,
      };
    }

    const now = clock.stamp();
    const status = current.status === "requested" ? "draft" : current.status;
    const [after] = await tx
      .update(reports)
      .set({
        status,
        title: input.title,
        summary: input.summary,
        body: input.body,
        recommendations,
        lastEditedById: viewer.id,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, input.reportId), eq(reports.version, input.version)))
      .returning({ version: reports.version, status: reports.status });
    if (!after) throw new ConflictError({ version: current.version });
    await tx.insert(reportRevisions).values({
      reportId: input.reportId,
      version: after.version,
      title: input.title,
      summary: input.summary,
      body: input.body,
      recommendations,
      status: after.status,
      authorId: viewer.id,
      createdAt: now,
    });
    await audit({
      action: "report.save",
      entity: "report",
      entityId: input.reportId,
      before: { status: current.status, version: current.version, title: current.title },
      after: {
        status: after.status,
        version: after.version,
        title: input.title,
        characters: input.body.length,
        recommendations: recommendations.length,
      },
    });
    // The form continues with the ids the new items received.
    return { version: after.version, status: after.status, changed: true, recommendations };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, "/"],
});
