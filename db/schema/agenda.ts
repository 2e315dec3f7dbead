import {
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
import { agendaItemKinds, agendaItemStatuses } from "./enums";
import { meetings } from "./meetings";
import { decisions } from "./work";

export const agendaItemKind = pgEnum("agenda_item_kind", agendaItemKinds);
export const agendaItemStatus = pgEnum("agenda_item_status", agendaItemStatuses);

/** A document an agenda item refers to. */
export type AgendaDocument = { kind: "report" | "record" | "decision"; id: string };

// A meeting's provisional agenda: proposed when the previous meeting's outcome is carried
// into its preparation (lib/preparation), then kept, edited, ordered or dropped by the
// secretariat, and issued to the participants.
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: agendaItemKind("kind").notNull().default("custom"),
    status: agendaItemStatus("status").notNull().default("proposed"),
    title: text("title").notNull(),
    leadBodyId: uuid("lead_body_id").references(() => bodies.id, { onDelete: "set null" }),
    // Time of day at the venue ("10:00") and length in minutes, when set.
    startsAt: text("starts_at"),
    durationMinutes: integer("duration_minutes"),
    documents: jsonb("documents").$type<AgendaDocument[]>().notNull().default([]),
    // The decision of an earlier meeting this item carries forward.
    sourceDecisionId: uuid("source_decision_id").references(() => decisions.id, {
      onDelete: "set null",
    }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agenda_items_meeting_idx").on(t.meetingId, t.position),
    uniqueIndex("agenda_items_meeting_decision_key").on(t.meetingId, t.sourceDecisionId),
    index("agenda_items_decision_idx").on(t.sourceDecisionId),
  ],
);

export type AgendaItem = typeof agendaItems.$inferSelect;
