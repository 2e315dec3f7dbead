DROP INDEX "tasks_decision_idx";--> statement-breakpoint
CREATE INDEX "record_comments_pending_idx" ON "record_comments" USING btree ("record_id") WHERE "record_comments"."disposition" = 'pending';--> statement-breakpoint
CREATE INDEX "tasks_status_due_idx" ON "tasks" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "tasks_decision_idx" ON "tasks" USING btree ("decision_id","status","progress","due_on");