import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { meetingStatuses } from "./enums";

export const meetingStatus = pgEnum("meeting_status", meetingStatuses);

// Security Council meetings (imported from the presidency's programme of work or entered by hand).
export const scSessions = pgTable(
  "sc_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingDate: date("meeting_date").notNull(),
    meetingTime: time("meeting_time"),
    meetingNumber: integer("meeting_number"),
    format: text("format").notNull().default("debate"),
    title: text("title").notNull(),
    presidency: text("presidency"),
    withRegionalOrganizations: boolean("with_regional_organizations").notNull().default(false),
    outcomeSymbol: text("outcome_symbol"),
    recordSymbol: text("record_symbol"),
    source: text("source").notNull().default("manual"),
    // The last import that set this meeting, and the last edit by hand: an import that would
    // change a meeting edited by hand since is shown as a conflict (lib/calendar).
    importedAt: timestamp("imported_at", { withTimezone: true }),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sc_sessions_meeting_number_key").on(t.meetingNumber),
    // Without a meeting number, a Council meeting is known by its date, time and title.
    unique("sc_sessions_date_time_title_key")
      .on(t.meetingDate, t.meetingTime, t.title)
      .nullsNotDistinct(),
    index("sc_sessions_date_idx").on(t.meetingDate),
    index("sc_sessions_regional_idx").on(t.withRegionalOrganizations, t.meetingDate),
  ],
);

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sequenceNumber: integer("sequence_number").notNull(),
    title: text("title").notNull(),
    theme: text("theme"),
    // Meeting days are dates in the venue's time zone.
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    // True when only the month or year is known (the first meeting, 1994).
    datesApproximate: boolean("dates_approximate").notNull().default(false),
    venue: text("venue").notNull().default("United Nations Headquarters, New York"),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    status: meetingStatus("status").notNull().default("planned"),
    scSessionId: uuid("sc_session_id").references(() => scSessions.id, { onDelete: "set null" }),
    responseDeadline: timestamp("response_deadline", { withTimezone: true }),
    organizationsCount: integer("organizations_count"),
    summary: text("summary"),
    documentSymbol: text("document_symbol"),
    // When the provisional agenda was issued to the participants (null: still in preparation).
    agendaIssuedAt: timestamp("agenda_issued_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_sequence_number_key").on(t.sequenceNumber),
    index("meetings_starts_on_idx").on(t.startsOn),
    check(
      "meetings_dates_check",
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

export type Meeting = typeof meetings.$inferSelect;
export type ScSession = typeof scSessions.$inferSelect;
