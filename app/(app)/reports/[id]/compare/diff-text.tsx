import type { FieldDiff } from "@/lib/reports/diff";

/** A text with its changes inline: added words in <ins>, removed ones in <del> (as plain text). */
export function DiffText({
  diff,
  unchanged,
  labels,
  inline = false,
}: {
  diff: FieldDiff;
  unchanged: string;
  /** Said to screen readers before each change (<ins> and <del> are not announced). */
  labels: { added: string; removed: string };
  inline?: boolean;
}) {
  const Wrapper = inline ? "span" : "div";
  return (
    <Wrapper className="diff pre-wrap">
      {diff.parts.map((part, index) =>
        part.kind === "added" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <ins key={index}>
            <span className="visually-hidden">{labels.added} </span>
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <del key={index}>
            <span className="visually-hidden">{labels.removed} </span>
            {part.text}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <span key={index}>{part.text}</span>
        ),
      )}
      {!diff.changed && unchanged ? <span className="muted"> ({unchanged})</span> : null}
    </Wrapper>
  );
}
