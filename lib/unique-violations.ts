// A unique constraint that two people race for (the same meeting number, the same body name)
// is a validation message on the field the user typed, not an "internal" error. Each key of
// this table is a unique index or constraint of db/schema; the value names the form field and
// the message (a key under "validation" in messages/<locale>.json).
const fieldOf: Record<string, { field: string; message: string }> = {
  meetings_sequence_number_key: { field: "sequenceNumber", message: "sequenceTaken" },
  decisions_meeting_position_key: { field: "position", message: "positionTaken" },
  bodies_slug_key: { field: "name", message: "taken" },
  bodies_name_key: { field: "name", message: "taken" },
  organizations_name_key: { field: "name", message: "taken" },
  organizations_short_name_key: { field: "shortName", message: "taken" },
  users_email_key: { field: "email", message: "emailTaken" },
  sc_sessions_meeting_number_key: { field: "meetingNumber", message: "taken" },
  sc_sessions_date_time_title_key: { field: "title", message: "taken" },
  closed_days_day_key: { field: "day", message: "taken" },
  memberships_scope_key: { field: "email", message: "taken" },
  reports_body_meeting_key: { field: "bodyIds", message: "taken" },
  invitations_meeting_organization_key: { field: "organizationIds", message: "taken" },
  calendar_feed_tokens_active_key: { field: "_form", message: "taken" },
};

type PgError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/** The field error for a unique violation (PostgreSQL 23505), or null for any other error. */
export function uniqueViolation(error: unknown): { field: string; message: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as PgError;
    if (e.code === "23505") {
      const constraint = String(e.constraint_name ?? e.constraint ?? "");
      return fieldOf[constraint] ?? { field: "_form", message: "taken" };
    }
    current = e.cause;
  }
  return null;
}
