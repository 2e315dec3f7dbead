import { describe, expect, it } from "vitest";
import { compareParagraphs } from "./diff";

const p = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe("the differences between two versions of a record", () => {
  it("shows an edited paragraph word by word and leaves the others alone", () => {
    const changes = compareParagraphs(
      p("The participants met.", "They agreed to meet again.", "The Chair thanked the host."),
      p(
        "The participants met.",
        "They agreed to meet again in September.",
        "The Chair thanked the host.",
      ),
    );
    expect(changes.map((c) => [c.from, c.to, c.changed])).toEqual([
      [1, 1, false],
      [2, 2, true],
      [3, 3, false],
    ]);
    expect(changes[1]?.words).toEqual([
      { kind: "same", text: "They agreed to meet again " },
      { kind: "added", text: "in September" },
      { kind: "same", text: "." },
    ]);
  });

  it("shows an added and a removed paragraph, with the numbers moving", () => {
    const changes = compareParagraphs(p("One.", "Two.", "Three."), p("One.", "Three.", "Four."));
    expect(
      changes.map((c) => [c.from, c.to, c.changed, c.words.map((w) => w.kind).join()]),
    ).toEqual([
      [1, 1, false, "same"],
      [2, null, true, "removed"],
      [3, 2, false, "same"],
      [null, 3, true, "added"],
    ]);
  });
});
