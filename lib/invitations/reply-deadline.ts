import { sql } from "drizzle-orm";

// One source for each deadline: an invitation's reply deadline is the meeting's ("replies to
// invitations", meeting_deadlines) unless one was set for that invitation alone. So moving the
// meeting's deadline moves what focal points, the reply check and the reminders see.
//
// Written with explicit table names: in a single-table query (an UPDATE ... RETURNING, say)
// drizzle leaves column names unqualified, and the subquery's "meeting_id" would then match
// its own table's column instead of the invitation's.
export const effectiveReplyDeadline = sql<Date | null>`coalesce("invitations"."reply_deadline", (
  select md.due_at from meeting_deadlines md
  where md.meeting_id = "invitations"."meeting_id" and md.kind = 'invitation_replies'))`.mapWith(
  (value: string | Date | null) => (value === null ? null : new Date(value)),
);
