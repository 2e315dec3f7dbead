import {
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bodies } from "./bodies";
import { reportEventKinds, reportStatuses } from "./enums";
import { meetings } from "./meetings";
import { users } from "./users";

export const reportStatus = pgEnum("report_status", reportStatuses);
export const reportEventKind = pgEnum("report_event_kind", reportEventKinds);

/** One recommendation of a report; its id stays when the text is revised (decisions cite it). */
export type ReportRecommendation = { id: string; text: string };

// A body's report to a meeting: requested by the secretariat, written by the body's chairs,
// submitted, returned with remarks or accepted. Accepted reports are part of the meeting's
// documentation and the basis of its decisions on each group's outcome.
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    status: reportStatus("status").notNull().default("draft"),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    // Markdown; sanitized when rendered (lib/reports/markdown.ts).
    body: text("body").notNull().default(""),
    recommendations: jsonb("recommendations").$type<ReportRecommendation[]>().notNull().default([]),
    reviewerRemarks: text("reviewer_remarks"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    requestedAt: timestamp("requested_at", { withTimezone: true }),
    requestedById: uuid("requested_by_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedById: uuid("reviewed_by_id").references(() => users.id, { onDelete: "set null" }),
    lastEditedById: uuid("last_edited_by_id").references(() => users.id, {
      onDelete: "set null",
    }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reports_body_meeting_key").on(t.bodyId, t.meetingId),
    index("reports_meeting_status_idx").on(t.meetingId, t.status),
    index("reports_body_idx").on(t.bodyId, t.status),
  ],
);

// Every save of a report is a revision: the whole text as it was then.
export const reportRevisions = pgTable(
  "report_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull().default(""),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull(),
    recommendations: jsonb("recommendations").$type<ReportRecommendation[]>().notNull().default([]),
    status: reportStatus("status").notNull().default("draft"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("report_revisions_key").on(t.reportId, t.version)],
);

// What happened to a report: requested, submitted, returned (with the remarks), accepted.
export const reportEvents = pgTable(
  "report_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    kind: reportEventKind("kind").notNull(),
    remarks: text("remarks"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_events_report_idx").on(t.reportId, t.at)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// Files attached to a report, kept in the database so the embedded default needs no file
// store. Their type is checked from their content (lib/reports/attachment-types.ts).
export const reportAttachments = pgTable(
  "report_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_attachments_report_idx").on(t.reportId, t.createdAt)],
);

export type Report = typeof reports.$inferSelect;
export type ReportRevision = typeof reportRevisions.$inferSelect;
