import { getFormatter, getTranslations } from "next-intl/server";
import { MAX_ATTACHMENTS } from "@/lib/reports/schemas";
import { AttachmentUpload } from "./attachment-upload";
import { RemoveAttachmentButton } from "./remove-attachment-button";

type Attachment = { id: string; fileName: string; mediaType: string; size: number };

/** A report's attached files as download links; its chairs add and remove them while it is editable. */
export async function Attachments({
  report,
  editable,
}: {
  report: { id: string; attachments: Attachment[] };
  editable: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t("megabytes", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) })
      : t("kilobytes", { size: format.number(Math.max(1, Math.round(bytes / 1024))) });
  return (
    <section className="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">
        {editable
          ? t("attachmentsOf", { count: report.attachments.length, max: MAX_ATTACHMENTS })
          : t("attachments", { count: report.attachments.length })}
      </h2>
      {report.attachments.length === 0 ? (
        <p className="muted">{t("noAttachments")}</p>
      ) : (
        <ul className="attachment-list">
          {report.attachments.map((a) => (
            <li key={a.id}>
              <span>
                <a href={`/reports/${report.id}/attachments/${a.id}`} download>
                  {a.fileName}
                </a>{" "}
                <span className="muted">({size(a.size)})</span>
              </span>
              {editable ? (
                <RemoveAttachmentButton
                  reportId={report.id}
                  attachmentId={a.id}
                  fileName={a.fileName}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <AttachmentUpload reportId={report.id} count={report.attachments.length} />
      ) : null}
    </section>
  );
}
