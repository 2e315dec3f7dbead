CREATE TYPE "public"."agenda_item_kind" AS ENUM('adoption_of_outcome', 'progress_report', 'working_group_report', 'carried_forward', 'other_matters', 'custom');--> statement-breakpoint
CREATE TYPE "public"."agenda_item_status" AS ENUM('proposed', 'accepted', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."report_event_kind" AS ENUM('requested', 'submitted', 'returned', 'accepted');--> statement-breakpoint
ALTER TYPE "public"."comment_disposition" ADD VALUE 'noted';--> statement-breakpoint
ALTER TYPE "public"."report_status" ADD VALUE 'requested' BEFORE 'draft';--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "agenda_item_kind" DEFAULT 'custom' NOT NULL,
	"status" "agenda_item_status" DEFAULT 'proposed' NOT NULL,
	"title" text NOT NULL,
	"lead_body_id" uuid,
	"starts_at" text,
	"duration_minutes" integer,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_decision_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" "report_event_kind" NOT NULL,
	"remarks" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "agenda_issued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "record_comments" ADD COLUMN "proposed_text" text;--> statement-breakpoint
ALTER TABLE "record_comments" ADD COLUMN "disposition_by_id" uuid;--> statement-breakpoint
ALTER TABLE "record_comments" ADD COLUMN "disposition_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "record_comments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "symbol" text;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "stage" "record_status" DEFAULT 'circulated' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "comment_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "recipient_organization_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "created_by_id" uuid;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "issued_on" date;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "original_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "position" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "source_paragraphs" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "endorsed_report_id" uuid;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "endorsed_recommendation_id" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD COLUMN "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD COLUMN "recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD COLUMN "status" "report_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "requested_by_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "reviewed_by_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "last_edited_by_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_lead_body_id_bodies_id_fk" FOREIGN KEY ("lead_body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_source_decision_id_decisions_id_fk" FOREIGN KEY ("source_decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_meeting_decision_key" ON "agenda_items" USING btree ("meeting_id","source_decision_id");--> statement-breakpoint
CREATE INDEX "agenda_items_decision_idx" ON "agenda_items" USING btree ("source_decision_id");--> statement-breakpoint
CREATE INDEX "report_attachments_report_idx" ON "report_attachments" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id","at");--> statement-breakpoint
ALTER TABLE "record_comments" ADD CONSTRAINT "record_comments_disposition_by_id_users_id_fk" FOREIGN KEY ("disposition_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_endorsed_report_id_reports_id_fk" FOREIGN KEY ("endorsed_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_carried_forward_idx" ON "decisions" USING btree ("carried_forward_to_meeting_id");--> statement-breakpoint
CREATE INDEX "reports_body_idx" ON "reports" USING btree ("body_id","status");