import { sql } from "drizzle-orm";
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
import { organizationKinds } from "./enums";

// There is no official UN list of Chapter VIII arrangements: the kind is set by the secretariat.
export const organizationKind = pgEnum("organization_kind", organizationKinds);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The English name, the one the directory falls back to.
    name: text("name").notNull(),
    // Official names in the other UN languages, where the organization has one: { fr, es, … }.
    names: jsonb("names").$type<Partial<Record<string, string>>>().notNull().default({}),
    shortName: text("short_name"),
    kind: organizationKind("kind").notNull(),
    headquarters: text("headquarters").notNull().default(""),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    headName: text("head_name"),
    headTitle: text("head_title"),
    website: text("website"),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_name_key").on(t.name),
    uniqueIndex("organizations_short_name_key").on(t.shortName),
    index("organizations_kind_idx").on(t.kind, t.name),
  ],
);

export type Organization = typeof organizations.$inferSelect;
