import type { Tone } from "@/app/_components/status-badge";
import type { CommentDisposition, RecordStatus } from "@/db/schema/enums";
import type { RecordParagraph } from "@/db/schema/records";

export const recordStatusTone: Record<RecordStatus, Tone> = {
  draft: "neutral",
  circulated: "warning",
  final: "success",
};

export const dispositionTone: Record<CommentDisposition, Tone> = {
  pending: "warning",
  accepted: "success",
  accepted_in_part: "info",
  not_accepted: "danger",
  noted: "neutral",
};

/** A record's numbered paragraphs, as the document reads. */
export function RecordParagraphs({ paragraphs }: { paragraphs: readonly RecordParagraph[] }) {
  return (
    <ol className="record-paragraphs">
      {paragraphs.map((p) => (
        <li key={p.number} value={p.number} id={`paragraph-${p.number}`}>
          <span className="pre-wrap">{p.text}</span>
        </li>
      ))}
    </ol>
  );
}
