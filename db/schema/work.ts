import { sql } from "drizzle-orm";
import {
  check,
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
import { bodies } from "./bodies";
import { decisionStatuses, taskStatuses } from "./enums";
import { meetings } from "./meetings";
import { organizations } from "./organizations";
import { reports } from "./reports";
import { users } from "./users";

export const decisionStatus = pgEnum("decision_status", decisionStatuses);

// What a meeting decided, each item with the body responsible for carrying it out.
export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    // Order within the meeting's outcome, e.g. 1, 2, 3 as listed in the Chair's conclusions.
    position: integer("position").notNull(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    responsibleBodyId: uuid("responsible_body_id").references(() => bodies.id, {
      onDelete: "set null",
    }),
    // Set explicitly only where no task implements the decision; otherwise derived from tasks.
    statusOverride: decisionStatus("status_override"),
    statusReason: text("status_reason"),
    carriedForwardToMeetingId: uuid("carried_forward_to_meeting_id").references(() => meetings.id, {
      onDelete: "set null",
    }),
    // Where the decision comes from: paragraph numbers of the meeting's Chair's conclusions
    // (records) and the working-group recommendation it endorses (reports).
    sourceParagraphs: jsonb("source_paragraphs").$type<number[]>().notNull().default([]),
    endorsedReportId: uuid("endorsed_report_id").references(() => reports.id, {
      onDelete: "set null",
    }),
    endorsedRecommendationId: text("endorsed_recommendation_id"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("decisions_meeting_position_key").on(t.meetingId, t.position),
    index("decisions_body_idx").on(t.responsibleBodyId),
    index("decisions_carried_forward_idx").on(t.carriedForwardToMeetingId),
  ],
);

export const taskStatus = pgEnum("task_status", taskStatuses);

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    detail: text("detail").notNull().default(""),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "cascade" }),
    leadOrganizationId: uuid("lead_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    dueOn: date("due_on"),
    status: taskStatus("status").notNull().default("not_started"),
    progress: integer("progress").notNull().default(0),
    decisionId: uuid("decision_id").references(() => decisions.id, { onDelete: "set null" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tasks_body_status_idx").on(t.bodyId, t.status, t.dueOn),
    // With what a decision's roll-up reads, so the matrix reads the index alone.
    index("tasks_decision_idx").on(t.decisionId, t.status, t.progress, t.dueOn),
    // The Tasks list filtered by status, in due order, and its count.
    index("tasks_status_due_idx").on(t.status, t.dueOn),
    index("tasks_meeting_idx").on(t.meetingId),
    index("tasks_lead_organization_idx").on(t.leadOrganizationId),
    index("tasks_due_idx").on(t.dueOn),
    check("tasks_progress_check", sql`${t.progress} between 0 and 100`),
  ],
);

export const taskUpdates = pgTable(
  "task_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    status: taskStatus("status").notNull(),
    progress: integer("progress").notNull(),
    note: text("note").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_updates_task_idx").on(t.taskId, t.createdAt)],
);

export type Decision = typeof decisions.$inferSelect;
export type Task = typeof tasks.$inferSelect;
