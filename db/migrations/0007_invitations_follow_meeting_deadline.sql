-- Custom migration: one source for each reply deadline. An invitation's own deadline that
-- only repeats the meeting's is cleared, so that the invitation follows the meeting's from
-- now on (lib/invitations/reply-deadline.ts).
UPDATE "invitations" AS i
SET "reply_deadline" = NULL
FROM "meeting_deadlines" AS d
WHERE d."meeting_id" = i."meeting_id"
  AND d."kind" = 'invitation_replies'
  AND i."reply_deadline" = d."due_at";
