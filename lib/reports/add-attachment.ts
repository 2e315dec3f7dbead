import { createHash } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { reportAttachments, reports } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { checkAttachment } from "./attachment-types";
import { reportScope } from "./report-scope";
import { addAttachmentSchema, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./schemas";
import { editRefusal } from "./workflow";

const refuse = (reason: string): never => {
  throw new ValidationError({ file: [reason] }, reason);
};

// A chair attaches a file to their body's report while it can be edited. The file is checked
// by its content (lib/reports/attachment-types.ts) and kept in the database; a refused file
// leaves nothing behind.
export const addAttachment = defineAction({
  name: "report.attach",
  schema: addAttachmentSchema,
  capability: "report.write",
  scope: (input, tx) => reportScope(tx, input.reportId),
  async run({ tx, viewer, input, audit, clock }) {
    // Locked: two uploads at once cannot both take the fifth place.
    const [report] = await tx
      .select({ status: reports.status })
      .from(reports)
      .where(eq(reports.id, input.reportId))
      .for("update");
    if (!report) throw new NotFoundError();
    const refusal = editRefusal(report.status);
    if (refusal) throw new ValidationError({ _form: [refusal] }, refusal);
    const [attached] = await tx
      .select({ n: count() })
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, input.reportId));
    if ((attached?.n ?? 0) >= MAX_ATTACHMENTS) refuse("tooManyAttachments");
    // Measured before it is read: an oversized file is refused without being held twice.
    if (input.file.size > MAX_ATTACHMENT_BYTES) refuse("attachmentTooLarge");
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const checked = await checkAttachment(input.file.name, bytes);
    if (!checked.ok) return refuse(checked.reason);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [duplicate] = await tx
      .select({ id: reportAttachments.id })
      .from(reportAttachments)
      .where(
        and(eq(reportAttachments.reportId, input.reportId), eq(reportAttachments.sha256, sha256)),
      );
    if (duplicate) refuse("attachmentDuplicate");
    const [row] = await tx
      .insert(reportAttachments)
      .values({
        reportId: input.reportId,
        fileName: checked.fileName,
        mediaType: checked.mediaType,
        size: bytes.byteLength,
        sha256,
        content: Buffer.from(bytes),
        uploadedById: viewer.id,
        createdAt: clock.stamp(),
      })
      .returning({ id: reportAttachments.id });
    if (!row) throw new Error("attachment not stored");
    await audit({
      action: "report.attach",
      entity: "report",
      entityId: input.reportId,
      after: {
        attachmentId: row.id,
        fileName: checked.fileName,
        mediaType: checked.mediaType,
        size: bytes.byteLength,
        sha256,
      },
    });
    return { id: row.id, fileName: checked.fileName };
  },
  revalidate: (input) => [`/reports/${input.reportId}`, `/reports/${input.reportId}/edit`],
});
