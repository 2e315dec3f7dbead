import { sql } from "drizzle-orm";
import { invitations, meetingDeadlines } from "@/db/schema";

// One source for each deadline: an invitation's reply deadline is the meeting's ("replies to
// invitations", meeting_deadlines) unless one was set for that invitation alone. So moving the
// meeting's deadline moves what focal points, the reply check and the reminders see.
export const effectiveReplyDeadline = sql<Date | null>`coalesce(${invitations.replyDeadline}, (
  select ${meetingDeadlines.dueAt} from ${meetingDeadlines}
  where ${meetingDeadlines.meetingId} = ${invitations.meetingId}
    and ${meetingDeadlines.kind} = 'invitation_replies'))`.mapWith((value: string | Date | null) =>
  value === null ? null : new Date(value),
);
