import { sql } from "drizzle-orm";
import {
  date,
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
import { commentDispositions, recordKinds, recordStatuses } from "./enums";
import { meetings } from "./meetings";
import { organizations } from "./organizations";
import { users } from "./users";

export const recordKind = pgEnum("record_kind", recordKinds);
export const recordStatus = pgEnum("record_status", recordStatuses);
export const commentDisposition = pgEnum("comment_disposition", commentDispositions);

export type RecordParagraph = { number: number; text: string };

// A meeting's outcome documents; circulated versions are frozen in record_versions.
export const records = pgTable(
  "records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    kind: recordKind("kind").notNull(),
    title: text("title").notNull(),
    // Document symbol, e.g. A/60/341–S/2005/567.
    symbol: text("symbol"),
    issuedOn: date("issued_on"),
    // The language the text was written in ("Original: English").
    originalLanguage: text("original_language").notNull().default("en"),
    // Order among the meeting's records (Chair's conclusions first).
    position: integer("position").notNull().default(1),
    status: recordStatus("status").notNull().default("draft"),
    paragraphs: jsonb("paragraphs").$type<RecordParagraph[]>().notNull().default([]),
    commentDeadline: timestamp("comment_deadline", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("records_meeting_idx").on(t.meetingId, t.kind)],
);

export const recordVersions = pgTable(
  "record_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull().default(""),
    symbol: text("symbol"),
    paragraphs: jsonb("paragraphs").$type<RecordParagraph[]>().notNull(),
    // "circulated" (for comments, until the deadline) or "final" (read only for good).
    stage: recordStatus("stage").notNull().default("circulated"),
    commentDeadline: timestamp("comment_deadline", { withTimezone: true }),
    // The organizations the version went to for comments (ids).
    recipientOrganizationIds: jsonb("recipient_organization_ids")
      .$type<string[]>()
      .notNull()
      .default([]),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    circulatedAt: timestamp("circulated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("record_versions_key").on(t.recordId, t.version)],
);

export const recordComments = pgTable(
  "record_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    recordVersion: integer("record_version").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    paragraphNumber: integer("paragraph_number"),
    text: text("text").notNull(),
    // Replacement text the organization proposes for the paragraph.
    proposedText: text("proposed_text"),
    disposition: commentDisposition("disposition").notNull().default("pending"),
    dispositionReason: text("disposition_reason"),
    dispositionById: uuid("disposition_by_id").references(() => users.id, {
      onDelete: "set null",
    }),
    dispositionAt: timestamp("disposition_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("record_comments_record_idx").on(t.recordId, t.recordVersion),
    index("record_comments_organization_idx").on(t.organizationId),
    // The comments still awaiting the secretariat's disposition: a few among hundreds of
    // thousands once settled (the dashboard and the records lists count them).
    index("record_comments_pending_idx").on(t.recordId).where(sql`${t.disposition} = 'pending'`),
  ],
);
