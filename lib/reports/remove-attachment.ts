import { and, eq } from "drizzle-orm";
import { reportAttachments, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { reportScope } from "./report-scope";
import { removeAttachmentSchema } from "./schemas";
import { editRefusal } from "./workflow";

// A chair removes an attachment from their body's report while it can be edited.
export const removeAttachment = defineAction({
  name: "report.removeAttachment",
  schema: removeAttachmentSchema,
  capability: "report.write",
  scope: (input, tx) => reportScope(tx, input.reportId),
  async run({ tx, input, audit }) {
    const [report] = await tx
      .select({ status: reports.status })
      .from(reports)
      .where(eq(reports.id, input.reportId))
      .for("update");
    if (!report) throw new NotFoundError();
    const refusal = editRefusal(report.status);
    if (refusal) throw new ValidationError({ _form: [refusal] }, refusal);
    const [removed] = await tx
      .delete(reportAttachments)
      .where(
        and(
          eq(reportAttachments.id, input.attachmentId),
          eq(reportAttachments.reportId, input.reportId),
        ),
      )
      .returning({
        fileName: reportAttachments.fileName,
        size: reportAttachments.size,
        sha256: reportAttachments.sha256,
      });
    if (!removed) throw new NotFoundError();
    await audit({
      action: "report.removeAttachment",
      entity: "report",
      entityId: input.reportId,
      before: { attachmentId: input.attachmentId, ...removed },
    });
    return { removed: removed.fileName };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, `/reports/${input.reportId}/edit`],
});
