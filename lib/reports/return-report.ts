import { and, eq, sql } from "drizzle-orm";
import { reportEvents, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { tellChairs } from "./notify";
import { returnReportSchema } from "./schemas";
import { reviewRefusal } from "./workflow";

// The secretariat returns a submitted report with its remarks (required): the chairs revise it
// and submit it again. The remarks are kept on the report and in its history; the chairs are
// told, with the remarks in the e-mail.
export const returnReport = defineAction({
  name: "report.return",
  schema: returnReportSchema,
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
        status: "returned",
        reviewerRemarks: input.remarks,
        reviewedAt: now,
        reviewedById: viewer.id,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, input.reportId), eq(reports.version, input.version)))
      .returning({ version: reports.version });
    if (!after) throw new ConflictError(current);
    await tx.insert(reportEvents).values({
      reportId: input.reportId,
      kind: "returned",
      remarks: input.remarks,
      actorId: viewer.id,
      at: now,
    });
    const notified = await tellChairs(tx, input.reportId, "reportReturned", {
      remarks: input.remarks,
    });
    await audit({
      action: "report.return",
      entity: "report",
      entityId: input.reportId,
      before: { status: current.status },
      after: { status: "returned", version: after.version, remarks: input.remarks, notified },
    });
    return { version: after.version };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, "/"],
});
