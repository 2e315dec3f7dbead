import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bodyKinds } from "./enums";
import { organizations } from "./organizations";

export const bodyKind = pgEnum("body_kind", bodyKinds);

// The standing committee and the working groups (sixth meeting's conclusions).
export const bodies = pgTable(
  "bodies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: bodyKind("kind").notNull(),
    name: text("name").notNull(),
    // Stable handle used by the demo data and by URLs, e.g. "wg-peacekeeping".
    slug: text("slug").notNull(),
    mandate: text("mandate").notNull().default(""),
    activeFrom: date("active_from"),
    activeTo: date("active_to"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bodies_slug_key").on(t.slug),
    uniqueIndex("bodies_name_key").on(t.name),
    // Lists of bodies and of their reports are ordered by kind, then name: this index gives
    // that order, so a page showing the first ten of thousands reads ten (issue 13).
    index("bodies_kind_name_idx").on(t.kind, t.name),
  ],
);

// Agreed versions of a body's terms of reference, kept when the text is revised.
export const bodyMandateVersions = pgTable(
  "body_mandate_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    agreedOn: date("agreed_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("body_mandate_versions_key").on(t.bodyId, t.version)],
);

export const bodyMembers = pgTable(
  "body_members",
  {
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.organizationId] }),
    index("body_members_organization_idx").on(t.organizationId),
  ],
);

export type Body = typeof bodies.$inferSelect;
