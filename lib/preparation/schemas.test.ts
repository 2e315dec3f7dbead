import { describe, expect, it } from "vitest";
import { addAgendaItemSchema, updateAgendaItemSchema } from "./schemas";

const id = "6a0e6f3e-3b1d-4c55-9a11-0f6c2b8d5e01";

// The form parses its values with the schema, and the action parses what the form sends again:
// each schema accepts its own output.
describe("the agenda item schemas", () => {
  it("read the form's strings and accept their own output", () => {
    const form = {
      itemId: id,
      version: "3",
      title: "Adoption of the outcome",
      leadBodyId: "",
      startsAt: "10:00",
      durationMinutes: "15",
      documents: [`record:${id}`, `decision:${id}`, `record:${id}`],
    };
    const once = updateAgendaItemSchema.parse(form);
    expect(once).toEqual({
      itemId: id,
      version: 3,
      title: "Adoption of the outcome",
      leadBodyId: null,
      startsAt: "10:00",
      durationMinutes: 15,
      documents: [
        { kind: "record", id },
        { kind: "decision", id },
      ],
    });
    expect(updateAgendaItemSchema.parse(once)).toEqual(once);
  });

  it("takes a single checked box, none, and refuses a bad time, length or document", () => {
    const base = {
      meetingId: id,
      title: "Other matters",
      leadBodyId: "",
      startsAt: "",
      durationMinutes: "",
    };
    expect(addAgendaItemSchema.parse({ ...base, documents: `report:${id}` }).documents).toEqual([
      { kind: "report", id },
    ]);
    expect(addAgendaItemSchema.parse({ ...base, documents: false }).documents).toEqual([]);
    const refused = addAgendaItemSchema.safeParse({
      ...base,
      startsAt: "25:00",
      durationMinutes: "2",
      documents: ["minutes:x"],
    });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["startsAt", "time"],
      ["durationMinutes", "minutes"],
      ["documents.0", "invalid"],
    ]);
  });
});
