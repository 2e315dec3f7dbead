DROP INDEX "bodies_kind_idx";--> statement-breakpoint
CREATE INDEX "bodies_kind_name_idx" ON "bodies" USING btree ("kind","name");