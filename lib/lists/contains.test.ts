import { describe, expect, it } from "vitest";
import { containsPattern } from "./contains";

describe("containsPattern", () => {
  it("wraps the text and takes wildcards literally", () => {
    expect(containsPattern("peace")).toBe("%peace%");
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
