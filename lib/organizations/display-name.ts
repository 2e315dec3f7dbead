import { type SQL, sql } from "drizzle-orm";
import { organizations } from "@/db/schema";

// An organization is shown under its official name in the reader's language where it has
// one (organizations.names), else under its English name.

export function displayName(
  organization: { name: string; names?: Partial<Record<string, string>> | null },
  locale: string,
): string {
  return organization.names?.[locale] || organization.name;
}

/** The same in SQL, for lists that select the name to show. */
export function displayNameSql(locale: string): SQL<string> {
  return sql<string>`coalesce(nullif(${organizations.names}->>${locale}, ''), ${organizations.name})`;
}

/** Sorts rows by the name shown, as the reader's language sorts (Arabic, Chinese, …). */
export function byDisplayName<T extends { name: string }>(rows: T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return [...rows].sort((a, b) => collator.compare(a.name, b.name));
}

/** The name in each recipient's own language, for e-mails (the recipient's locale column). */
export function nameInLocaleOf(localeColumn: SQL | { getSQL(): SQL }): SQL<string> {
  return sql<string>`coalesce(nullif(${organizations.names}->>${localeColumn}, ''), ${organizations.name})`;
}
