import { describe, expect, it } from "vitest";
import { firstRows, ROWS_SHOWN } from "./first-rows";

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("a list's first rows", () => {
  it("keeps a short list whole", () => {
    expect(firstRows(rows(ROWS_SHOWN), false)).toEqual({ rows: rows(ROWS_SHOWN), hidden: 0 });
  });

  it("cuts a long one and counts what is left out", () => {
    expect(firstRows(rows(250), false)).toEqual({
      rows: rows(ROWS_SHOWN),
      hidden: 250 - ROWS_SHOWN,
    });
    expect(firstRows(rows(5), false, 3)).toEqual({ rows: [0, 1, 2], hidden: 2 });
  });

  it("shows everything when asked", () => {
    expect(firstRows(rows(250), true)).toEqual({ rows: rows(250), hidden: 0 });
  });
});
