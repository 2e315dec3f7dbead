import { and, eq, sql } from "drizzle-orm";
import { reportEvents, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { tellSecretariat } from "./notify";
import { reportScope } from "./report-scope";
import { submitReportSchema } from "./schemas";
import { submitRefusal } from "./workflow";

// A chair submits the saved report to the secretariat (again, after a return). From then on it
// is read-only for the chairs until the secretariat returns it.
export const submitReport = defineAction({
  name: "report.submit",
  schema: submitReportSchema,
  capability: "report.write",
  scope: (input, tx) => reportScope(tx, input.reportId),
  async run({ tx, viewer, input, audit, clock }) {
    const [current] = await tx
      .select({ status: reports.status, body: reports.body, version: reports.version })
      .from(reports)
      .where(eq(reports.id, input.reportId))
      .for("update");
    if (!current) throw new NotFoundError();
    const refusal = submitRefusal(current);
    if (refusal) throw new ValidationError({ _form: [refusal] }, refusal);
    if (current.version !== input.version)
      throw new ConflictError({ version: current.version, status: current.status });
    const now = clock.stamp();
    const [after] = await tx
      .update(reports)
      .set({
        status: "submitted",
        submittedAt: now,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, input.reportId), eq(reports.version, input.version)))
      .returning({ version: reports.version });
    if (!after) throw new ConflictError({ version: current.version, status: current.status });
    await tx
      .insert(reportEvents)
      .values({ reportId: input.reportId, kind: "submitted", actorId: viewer.id, at: now });
    const notified = await tellSecretariat(tx, input.reportId);
    await audit({
      action: "report.submit",
      entity: "report",
      entityId: input.reportId,
      before: { status: current.status },
      after: { status: "submitted", version: after.version, notified },
    });
    return { version: after.version };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, "/"],
});
