import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import type { z } from "zod";
import { councilMeetingKey } from "./council-meeting-rows";
import {
  type CouncilMeetingInput,
  councilFormats,
  councilMeetingSchema,
  MAX_IMPORT_ROWS,
} from "./schemas";

// Reads the Security Council's programme of work from CSV or iCalendar. Pure: returns every
// valid row and every invalid one with its line number and reason; nothing is written here.

export const CSV_COLUMNS = [
  "date",
  "time",
  "meeting_number",
  "format",
  "title",
  "presidency",
  "with_regional_organizations",
  "outcome_symbol",
] as const;

export type ImportError = { line: number; field?: string; reason: string };
export type ImportedRow = { line: number; data: CouncilMeetingInput };
export type ParsedProgramme = { kind: "csv" | "ics"; rows: ImportedRow[]; errors: ImportError[] };

const TRUE = new Set(["yes", "y", "true", "1", "oui", "x"]);
const FALSE = new Set(["no", "n", "false", "0", "non", ""]);

function parseBoolean(value: string | undefined): boolean | undefined {
  const v = (value ?? "").trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

function issuesToErrors(line: number, error: z.ZodError): ImportError[] {
  return error.issues.map((issue) => ({
    line,
    field: String(issue.path[0] ?? ""),
    reason: issue.message,
  }));
}

function duplicateErrors(rows: ImportedRow[]): ImportError[] {
  const seen = new Map<string, number>();
  const errors: ImportError[] = [];
  for (const row of rows) {
    const key = councilMeetingKey(row.data);
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({ line: row.line, reason: "duplicateInFile", field: String(first) });
    else seen.set(key, row.line);
  }
  return errors;
}

/** A programme of work as CSV or iCalendar (told apart by the name or the first line). */
export function parseProgramme(fileName: string, content: string): ParsedProgramme {
  const text = content.replace(/^\uFEFF/, "");
  const looksIcs = /\.ics$/i.test(fileName) || /^\s*BEGIN:VCALENDAR/i.test(text);
  const parsed = looksIcs ? parseIcsProgramme(text) : parseCsvProgramme(text);
  parsed.errors.push(...duplicateErrors(parsed.rows));
  parsed.errors.sort((a, b) => a.line - b.line);
  return parsed;
}

export function parseCsvProgramme(text: string): ParsedProgramme {
  const errors: ImportError[] = [];
  const rows: ImportedRow[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { kind: "csv", rows, errors: [{ line, reason: "malformedCsv" }] };
  }
  const header = records[0]?.record.map((h) => h.trim().toLowerCase());
  if (!header || CSV_COLUMNS.some((c) => !header.includes(c))) {
    return { kind: "csv", rows, errors: [{ line: 1, reason: "missingColumns" }] };
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return { kind: "csv", rows, errors: [{ line: 1, reason: "tooManyRows" }] };
  }
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof CSV_COLUMNS)[number],
    number
  >;
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (column: (typeof CSV_COLUMNS)[number]) => record[index[column]]?.trim() ?? "";
    const regional = parseBoolean(cell("with_regional_organizations"));
    if (regional === undefined) {
      errors.push({ line, field: "withRegionalOrganizations", reason: "yesNo" });
      continue;
    }
    const result = councilMeetingSchema.safeParse({
      meetingDate: cell("date"),
      meetingTime: cell("time"),
      meetingNumber: cell("meeting_number"),
      format: cell("format").toLowerCase(),
      title: cell("title"),
      presidency: cell("presidency"),
      withRegionalOrganizations: regional,
      outcomeSymbol: cell("outcome_symbol"),
    });
    if (result.success) rows.push({ line, data: result.data });
    else errors.push(...issuesToErrors(line, result.error));
  }
  return { kind: "csv", rows, errors };
}

// iCalendar: SUMMARY is the agenda item; DTSTART gives date and time (in New York time);
// CATEGORIES the format; X-UNSC-MEETING-NUMBER, X-UNSC-PRESIDENCY, X-UNSC-OUTCOME and
// X-UNSC-WITH-REGIONAL-ORGANIZATIONS the rest. Without the numbers, "5529th meeting" in the
// summary or description is read, and "regional organizations" in the title marks the flag.
export function parseIcsProgramme(text: string): ParsedProgramme {
  const errors: ImportError[] = [];
  const rows: ImportedRow[] = [];
  const eventLines: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) eventLines.push(i + 1);
  });
  let events: ICAL.Component[];
  try {
    const root = new ICAL.Component(ICAL.parse(text));
    events = root.getAllSubcomponents("vevent");
  } catch {
    return { kind: "ics", rows, errors: [{ line: 1, reason: "malformedIcs" }] };
  }
  if (events.length > MAX_IMPORT_ROWS)
    return { kind: "ics", rows, errors: [{ line: 1, reason: "tooManyRows" }] };
  events.forEach((event, i) => {
    const line = eventLines[i] ?? 1;
    const summary = String(event.getFirstPropertyValue("summary") ?? "").trim();
    const description = String(event.getFirstPropertyValue("description") ?? "");
    const start = event.getFirstPropertyValue("dtstart");
    if (!(start instanceof ICAL.Time)) {
      errors.push({ line, field: "meetingDate", reason: "date" });
      return;
    }
    const local = start.isDate ? start : toNewYork(start);
    const pad = (n: number) => String(n).padStart(2, "0");
    const number =
      event.getFirstPropertyValue("x-unsc-meeting-number") ??
      /(\d{3,5})(?:st|nd|rd|th)\s+meeting/i.exec(`${summary} ${description}`)?.[1] ??
      null;
    const category = String(event.getFirstPropertyValue("categories") ?? "")
      .trim()
      .toLowerCase();
    const flag = event.getFirstPropertyValue("x-unsc-with-regional-organizations");
    const regional =
      flag !== null && flag !== undefined
        ? parseBoolean(String(flag))
        : /regional (and subregional )?organi[sz]ations/i.test(summary);
    if (regional === undefined) {
      errors.push({ line, field: "withRegionalOrganizations", reason: "yesNo" });
      return;
    }
    const result = councilMeetingSchema.safeParse({
      meetingDate: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
      meetingTime: start.isDate ? null : `${pad(local.hour)}:${pad(local.minute)}`,
      meetingNumber: number === null ? null : String(number),
      format: (councilFormats as readonly string[]).includes(category) ? category : "debate",
      title: summary,
      presidency: event.getFirstPropertyValue("x-unsc-presidency") ?? null,
      withRegionalOrganizations: regional,
      outcomeSymbol: event.getFirstPropertyValue("x-unsc-outcome") ?? null,
    });
    if (result.success) rows.push({ line, data: result.data });
    else errors.push(...issuesToErrors(line, result.error));
  });
  if (events.length === 0) errors.push({ line: 1, reason: "noEvents" });
  return { kind: "ics", rows, errors };
}

/** A date-time from the file, as wall-clock time at UN Headquarters. */
function toNewYork(time: ICAL.Time): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const instant = time.toJSDate();
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  };
}
