import { type ChangeObject, diffArrays, diffWords } from "diff";
import type { RecordParagraph } from "@/db/schema/records";

// The differences between two versions of a record, paragraph by paragraph and, within a
// changed paragraph, word by word: what the screens show with <ins> and <del>. Client-safe.

export type WordChange = { kind: "same" | "added" | "removed"; text: string };

export type ParagraphChange = {
  /** The paragraph's number in the older version, or null when it was added. */
  from: number | null;
  /** Its number in the newer version, or null when it was removed. */
  to: number | null;
  changed: boolean;
  words: WordChange[];
};

const wordsOf = (changes: ChangeObject<string>[]): WordChange[] =>
  changes.map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));

/**
 * Pairs the paragraphs of two versions: unchanged ones by their text, and within a run of
 * changes, the removed and added paragraphs in order (an edited paragraph), the rest as
 * removed or added.
 */
export function compareParagraphs(
  older: readonly RecordParagraph[],
  newer: readonly RecordParagraph[],
): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  let removed: RecordParagraph[] = [];
  let added: RecordParagraph[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < Math.max(removed.length, added.length); k += 1) {
      const a = removed[k];
      const b = added[k];
      if (k < paired && a && b) {
        out.push({
          from: a.number,
          to: b.number,
          changed: true,
          words: wordsOf(diffWords(a.text, b.text)),
        });
      } else if (a) {
        out.push({
          from: a.number,
          to: null,
          changed: true,
          words: [{ kind: "removed", text: a.text }],
        });
      } else if (b) {
        out.push({
          from: null,
          to: b.number,
          changed: true,
          words: [{ kind: "added", text: b.text }],
        });
      }
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays(
    older.map((p) => p.text),
    newer.map((p) => p.text),
  )) {
    const n = part.count ?? part.value.length;
    for (let k = 0; k < n; k += 1) {
      if (part.removed) {
        const p = older[i++];
        if (p) removed.push(p);
      } else if (part.added) {
        const p = newer[j++];
        if (p) added.push(p);
      } else {
        flush();
        const a = older[i++];
        const b = newer[j++];
        if (a && b)
          out.push({
            from: a.number,
            to: b.number,
            changed: false,
            words: [{ kind: "same", text: b.text }],
          });
      }
    }
  }
  flush();
  return out;
}
