// The value lists of every enumerated column, written once. Dependency-free on purpose:
// drizzle's pgEnum (db/schema/*) and the zod schemas shared with the browser
// (lib/<area>/schemas.ts) both import these lists, so the two can never disagree.

export const roleKinds = ["secretariat", "chair", "focal_point", "participant"] as const;
export type Role = (typeof roleKinds)[number];

export const accountTokenPurposes = ["invitation", "password_reset"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

export const organizationKinds = [
  "chapter_viii_regional",
  "chapter_viii_subregional",
  "other_intergovernmental",
  "united_nations",
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
/** The kinds that take part in joint activities under the meeting's structure (Chapter VIII). */
export const chapterEightKinds = [
  "chapter_viii_regional",
  "chapter_viii_subregional",
] as const satisfies readonly OrganizationKind[];

export const bodyKinds = ["standing_committee", "working_group"] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const meetingStatuses = ["planned", "invitations_open", "held", "concluded"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const deadlineKinds = [
  "invitation_replies",
  "working_group_reports",
  "record_comments",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const invitationStatuses = ["pending", "confirmed", "declined"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const representationLevels = ["head", "deputy_head", "senior_official", "other"] as const;
export type RepresentationLevel = (typeof representationLevels)[number];

export const decisionStatuses = [
  "not_started",
  "in_progress",
  "implemented",
  "superseded",
] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

export const taskStatuses = ["not_started", "in_progress", "done", "blocked", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

// "requested": the secretariat asked for the report and the chair has not saved a draft yet.
export const reportStatuses = ["requested", "draft", "submitted", "returned", "accepted"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportEventKinds = ["requested", "submitted", "returned", "accepted"] as const;
export type ReportEventKind = (typeof reportEventKinds)[number];

export const recordKinds = [
  "chairs_conclusions",
  "detailed_record",
  "statement",
  "declaration",
] as const;
export type RecordKind = (typeof recordKinds)[number];

export const recordStatuses = ["draft", "circulated", "final"] as const;
export type RecordStatus = (typeof recordStatuses)[number];

export const commentDispositions = [
  "pending",
  "accepted",
  "accepted_in_part",
  "not_accepted",
  "noted",
] as const;
export type CommentDisposition = (typeof commentDispositions)[number];

// "sending": claimed by a sender until its lease ends (lib/notifications/sender.ts).
export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export const agendaItemKinds = [
  "adoption_of_outcome",
  "progress_report",
  "working_group_report",
  "carried_forward",
  "other_matters",
  "custom",
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** An agenda item the preparation proposed, kept by the secretariat, or dropped by it. */
export const agendaItemStatuses = ["proposed", "accepted", "dropped"] as const;
export type AgendaItemStatus = (typeof agendaItemStatuses)[number];
