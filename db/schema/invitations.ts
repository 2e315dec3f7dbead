import {
  boolean,
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
import { invitationStatuses, representationLevels } from "./enums";
import { meetings } from "./meetings";
import { organizations } from "./organizations";
import { users } from "./users";

export const invitationStatus = pgEnum("invitation_status", invitationStatuses);
export const representationLevel = pgEnum("representation_level", representationLevels);

export type DelegationMember = { name: string; title: string; email: string };

// The organization, not the individual, is invited: one invitation per meeting and organization.
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: invitationStatus("status").notNull().default("pending"),
    representationLevel: representationLevel("representation_level"),
    headAttending: boolean("head_attending"),
    headName: text("head_name"),
    headTitle: text("head_title"),
    delegation: jsonb("delegation").$type<DelegationMember[]>().notNull().default([]),
    remarks: text("remarks"),
    replyDeadline: timestamp("reply_deadline", { withTimezone: true }),
    repliedById: uuid("replied_by_id").references(() => users.id, { onDelete: "set null" }),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    enteredBySecretariat: boolean("entered_by_secretariat").notNull().default(false),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    remindersSent: integer("reminders_sent").notNull().default(0),
    // Attendance as it actually happened, recorded after the meeting.
    attended: boolean("attended"),
    headPresent: boolean("head_present"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_meeting_organization_key").on(t.meetingId, t.organizationId),
    index("invitations_organization_idx").on(t.organizationId),
    index("invitations_meeting_status_idx").on(t.meetingId, t.status),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
