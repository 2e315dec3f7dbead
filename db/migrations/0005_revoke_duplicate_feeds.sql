-- Custom migration (drizzle-kit generate --custom): before one live calendar feed per user is
-- enforced (next migration), revoke every live feed but the newest of each user.
UPDATE "calendar_feed_tokens" AS t
SET "revoked_at" = now()
WHERE t."revoked_at" IS NULL
  AND EXISTS (
    SELECT 1 FROM "calendar_feed_tokens" AS newer
    WHERE newer."user_id" = t."user_id"
      AND newer."revoked_at" IS NULL
      AND (newer."created_at", newer."id") > (t."created_at", t."id")
  );
