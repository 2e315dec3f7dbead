import { describe, expect, it } from "vitest";
import {
  circulateRecordSchema,
  commentSchema,
  disposeCommentSchema,
  updateRecordSchema,
} from "./schemas";

const id = "6a0e6f3e-3b1d-4c55-9a11-0f6c2b8d5e01";

// The form parses its values with the schema, and the action parses what the form sends again:
// each schema accepts its own output.
describe("the record schemas", () => {
  it("accept their own output", () => {
    const inputs: [{ parse: (v: unknown) => unknown }, Record<string, unknown>][] = [
      [
        updateRecordSchema,
        {
          recordId: id,
          version: "2",
          kind: "chairs_conclusions",
          title: "Chair's conclusions",
          symbol: "",
          issuedOn: "",
          originalLanguage: "fr",
          paragraphs: [{ text: " One. " }],
        },
      ],
      [
        circulateRecordSchema,
        { recordId: id, version: 1, organizationIds: [id], commentDeadline: "2006-10-13T18:00" },
      ],
      [
        commentSchema,
        {
          recordId: id,
          organizationId: id,
          paragraphNumber: "2",
          text: "Say more.",
          proposedText: "",
        },
      ],
      [disposeCommentSchema, { commentId: id, version: "1", disposition: "noted", reason: "" }],
    ];
    for (const [schema, input] of inputs) {
      const once = schema.parse(input);
      expect(schema.parse(once)).toEqual(once);
    }
  });

  it("asks a reason for every answer but a comment noted", () => {
    const answer = (disposition: string, reason: string) =>
      disposeCommentSchema.safeParse({ commentId: id, version: 1, disposition, reason }).success;
    expect(answer("noted", "")).toBe(true);
    expect(answer("accepted", "")).toBe(false);
    expect(answer("accepted_in_part", "Part of it")).toBe(true);
    expect(answer("not_accepted", "")).toBe(false);
    expect(answer("pending", "x")).toBe(false);
  });
});
