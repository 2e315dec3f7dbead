import { and, eq, sql } from "drizzle-orm";
import { reportEvents, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { tellChairs } from "./notify";
import { acceptReportSchema } from "./schemas";
import { reviewRefusal } from "./workflow";

// The secretariat accepts a submitted report: it is final, and part of the meeting's
// documentation for everyone signed in. The body's chairs are told.
export const acceptReport = defineAction({
  name: "report.accept",
  schema: acceptReportSchema,
  capability: "report.review",
  async run({ tx, viewer, input, audit, clock }) {
    const [current] = await tx
      .select({ status: reports.status, version: reports.version })
      .from(reports)
      .where(eq(reports.id, input.reportId))
      .for("update");
    if (!current) throw new NotFoundError();
    const refusal = reviewRefusal(current.status);
    if (refusal) throw new ValidationError({ _form: [refusal] }, refusal);
    if (current.version !== input.version) throw new ConflictError(current);
    const now = clock.stamp();
    const [after] = await tx
      .update(reports)
      .set({
        status: "accepted",
        reviewedAt: now,
        reviewedById: viewer.id,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, input.reportId), eq(reports.version, input.version)))
      .returning({ version: reports.version });
    if (!after) throw new ConflictError(current);
    await tx
      .insert(reportEvents)
      .values({ reportId: input.reportId, kind: "accepted", actorId: viewer.id, at: now });
    const notified = await tellChairs(tx, input.reportId, "reportAccepted");
    await audit({
      action: "report.accept",
      entity: "report",
      entityId: input.reportId,
      before: { status: current.status },
      after: { status: "accepted", version: after.version, notified },
    });
    return { version: after.version };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, "/"],
});
