import { sql } from "drizzle-orm";
import {
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { deadlineKinds } from "./enums";
import { meetings } from "./meetings";
import { users } from "./users";

// Days the venue is closed (holidays), kept by the secretariat for date proposals.
export const closedDays = pgTable(
  "closed_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    day: date("day").notNull(),
    description: text("description").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("closed_days_day_key").on(t.day)],
);

export const deadlineKind = pgEnum("deadline_kind", deadlineKinds);

// A meeting's preparation deadlines, derived from its dates when it is planned, then editable.
export const meetingDeadlines = pgTable(
  "meeting_deadlines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    kind: deadlineKind("kind").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meeting_deadlines_meeting_kind_key").on(t.meetingId, t.kind),
    index("meeting_deadlines_due_idx").on(t.dueAt),
  ],
);

// Private calendar feed URLs: only the token's hash is stored; revoking sets revoked_at.
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feed_tokens_hash_key").on(t.tokenHash),
    index("calendar_feed_tokens_user_idx").on(t.userId),
    // One live feed per user: a second "create" replaces, never adds (lib/calendar).
    uniqueIndex("calendar_feed_tokens_active_key").on(t.userId).where(sql`${t.revokedAt} is null`),
  ],
);
