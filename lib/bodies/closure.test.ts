import { describe, expect, it } from "vitest";
import { isBodyClosed } from "./closure";

describe("a body's closure", () => {
  it("is closed from its closing day on, open before it and without one", () => {
    expect(isBodyClosed({ activeTo: null }, "2006-03-01")).toBe(false);
    expect(isBodyClosed({ activeTo: "2006-03-02" }, "2006-03-01")).toBe(false);
    expect(isBodyClosed({ activeTo: "2006-03-01" }, "2006-03-01")).toBe(true);
    expect(isBodyClosed({ activeTo: "2005-12-31" }, "2006-03-01")).toBe(true);
  });
});
