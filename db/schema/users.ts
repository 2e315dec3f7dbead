import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  inet,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bodies } from "./bodies";
import { accountTokenPurposes, roleKinds } from "./enums";
import { organizations } from "./organizations";

export const roleKind = pgEnum("role_kind", roleKinds);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    // Stored lower-cased: e-mail addresses are matched case-insensitively at sign-in.
    email: text("email").notNull(),
    jobTitle: text("job_title"),
    // Null until the person sets a password: such an account cannot sign in.
    passwordHash: text("password_hash"),
    locale: text("locale").notNull().default("en"),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    active: boolean("active").notNull().default(true),
    // Bumped to end every session at once (sign out everywhere, password change or reset,
    // deactivation): the session cookie carries the version it was issued for.
    sessionVersion: integer("session_version").notNull().default(1),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    // When the last account invitation (set-your-password e-mail) was sent.
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleKind("role").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("memberships_user_idx").on(t.userId),
    index("memberships_organization_idx").on(t.organizationId, t.role),
    index("memberships_body_idx").on(t.bodyId, t.role),
    // One row per (user, role, scope): NULLS NOT DISTINCT so a repeated secretariat grant is one row.
    unique("memberships_scope_key")
      .on(t.userId, t.role, t.organizationId, t.bodyId)
      .nullsNotDistinct(),
    check(
      "memberships_scope_check",
      sql`(${t.role} = 'focal_point' and ${t.organizationId} is not null and ${t.bodyId} is null)
        or (${t.role} = 'chair' and ${t.bodyId} is not null)
        or (${t.role} in ('secretariat', 'participant'))`,
    ),
  ],
);

// Sign-in attempts, kept in PostgreSQL so throttling holds across app instances. An attempt is
// recorded (succeeded null) before its password is checked, so concurrent guesses count.
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    ip: inet("ip"),
    succeeded: boolean("succeeded"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.at),
    index("sign_in_attempts_email_ip_idx").on(t.email, t.ip, t.at),
    index("sign_in_attempts_ip_idx").on(t.ip, t.at),
  ],
);

export const accountTokenPurpose = pgEnum("account_token_purpose", accountTokenPurposes);

// Single-use links that set a password (account invitation, password reset). Only a SHA-256
// of the random token is stored: the database alone cannot produce a working link.
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_tokens_hash_key").on(t.tokenHash),
    index("account_tokens_user_idx").on(t.userId, t.purpose),
  ],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type AccountToken = typeof accountTokens.$inferSelect;
export type { Role } from "./enums";
