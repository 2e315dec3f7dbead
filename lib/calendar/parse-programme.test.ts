import { describe, expect, it } from "vitest";
import { parseProgramme } from "./parse-programme";

const header =
  "date,time,meeting_number,format,title,presidency,with_regional_organizations,outcome_symbol";

describe("reading the Council's programme of work", () => {
  it("reads a good CSV, quoted commas included", () => {
    const csv = [
      header,
      '2006-09-20,10:00,5529,open debate,"Cooperation between the United Nations and regional organizations, ministerial",Greece,yes,',
      "2006-09-21,15:00,,briefing,The situation in the Middle East,Greece,no,",
      "2005-10-17,10:00,5282,debate,Cooperation with regional organizations,Romania,true,S/RES/1631 (2005)",
    ].join("\n");
    const parsed = parseProgramme("programme.csv", csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[0]).toEqual({
      line: 2,
      data: {
        meetingDate: "2006-09-20",
        meetingTime: "10:00",
        meetingNumber: 5529,
        format: "open debate",
        title: "Cooperation between the United Nations and regional organizations, ministerial",
        presidency: "Greece",
        withRegionalOrganizations: true,
        outcomeSymbol: null,
      },
    });
    expect(parsed.rows[1]?.data).toMatchObject({
      meetingNumber: null,
      withRegionalOrganizations: false,
    });
    expect(parsed.rows[2]?.data.outcomeSymbol).toBe("S/RES/1631 (2005)");
  });

  it("reports every bad row with its line number and reason", () => {
    const csv = [
      header,
      "2006-02-30,10:00,5400,debate,Bad date,Argentina,no,",
      "2006-03-01,25:00,5401,debate,Bad time,Argentina,no,",
      "2006-03-02,10:00,-3,debate,Bad number,Argentina,no,",
      "2006-03-03,10:00,5403,party,Bad format,Argentina,no,",
      "2006-03-04,10:00,5404,debate,,Argentina,no,",
      "2006-03-05,10:00,5405,debate,Bad flag,Argentina,maybe,",
      "2206-03-06,10:00,5406,debate,Far future,Argentina,no,",
      "2006-03-07,10:00,5407,debate,Good row,Argentina,no,",
      "2006-03-08,10:00,5407,debate,Same number twice,Argentina,no,",
    ].join("\n");
    const parsed = parseProgramme("programme.csv", csv);
    expect(parsed.errors).toEqual([
      { line: 2, field: "meetingDate", reason: "date" },
      { line: 3, field: "meetingTime", reason: "time" },
      { line: 4, field: "meetingNumber", reason: "wholeNumber" },
      { line: 5, field: "format", reason: "chooseOne" },
      { line: 6, field: "title", reason: "required" },
      { line: 7, field: "withRegionalOrganizations", reason: "yesNo" },
      { line: 8, field: "meetingDate", reason: "dateOutOfRange" },
      { line: 10, field: "9", reason: "duplicateInFile" },
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([9, 10]);
  });

  it("refuses a file without the documented columns, or not CSV at all", () => {
    expect(parseProgramme("x.csv", "when,what\n2006-01-01,x").errors).toEqual([
      { line: 1, reason: "missingColumns" },
    ]);
    expect(parseProgramme("x.csv", `${header}\n"unterminated,quote`).errors[0]?.reason).toBe(
      "malformedCsv",
    );
  });

  it("reads an iCalendar file, converting times to New York", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//EN",
      "BEGIN:VEVENT",
      "UID:a@test",
      "DTSTART:20060920T140000Z",
      "SUMMARY:Cooperation between the United Nations and regional organizations",
      "DESCRIPTION:5529th meeting. Ministerial open debate.",
      "CATEGORIES:open debate",
      "X-UNSC-PRESIDENCY:Greece",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b@test",
      "DTSTART;VALUE=DATE:20060925",
      "SUMMARY:Consultations on Lebanon",
      "CATEGORIES:consultations",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:c@test",
      "DTSTART:20060926T140000Z",
      "SUMMARY:",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const parsed = parseProgramme("programme.ics", ics);
    expect(parsed.rows).toEqual([
      {
        line: 4,
        data: {
          meetingDate: "2006-09-20",
          meetingTime: "10:00",
          meetingNumber: 5529,
          format: "open debate",
          title: "Cooperation between the United Nations and regional organizations",
          presidency: "Greece",
          withRegionalOrganizations: true,
          outcomeSymbol: null,
        },
      },
      {
        line: 12,
        data: expect.objectContaining({
          meetingDate: "2006-09-25",
          meetingTime: null,
          format: "consultations",
          withRegionalOrganizations: false,
        }),
      },
    ]);
    expect(parsed.errors).toEqual([{ line: 18, field: "title", reason: "required" }]);
  });

  it("refuses a malformed iCalendar file", () => {
    expect(parseProgramme("x.ics", "BEGIN:VCALENDAR\nthis is not ics").errors[0]?.reason).toBe(
      "malformedIcs",
    );
  });
});
