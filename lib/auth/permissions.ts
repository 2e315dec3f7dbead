import type { Role } from "@/db/schema";

// The single table of who may do what. Every read in lib/<area>/queries.ts and every
// server action in lib/<area>/actions.ts asks this module; the UI only mirrors it.

export type Grant = { role: Role; organizationId: string | null; bodyId: string | null };

export type Viewer = {
  id: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  grants: Grant[];
};

export type Scope = { organizationId?: string | null; bodyId?: string | null };

const isSecretariat = (v: Viewer) => v.grants.some((g) => g.role === "secretariat");
const isFocalPointOf = (v: Viewer, organizationId: string | null | undefined) =>
  !!organizationId &&
  v.grants.some((g) => g.role === "focal_point" && g.organizationId === organizationId);
const isChairOf = (v: Viewer, bodyId: string | null | undefined) =>
  !!bodyId && v.grants.some((g) => g.role === "chair" && g.bodyId === bodyId);
const anyone = () => true;

const policy = {
  // Organizations: a directory every signed-in user reads; only the secretariat writes.
  "organization.read": anyone,
  "organization.update": (v: Viewer) => isSecretariat(v),
  "organization.designateFocalPoint": (v: Viewer) => isSecretariat(v),
  "organization.removeFocalPoint": (v: Viewer) => isSecretariat(v),
  // Meetings, bodies, decisions and the Council calendar are read by everyone signed in;
  // only the secretariat plans meetings and keeps the calendar.
  "meeting.read": anyone,
  "meeting.plan": (v: Viewer) => isSecretariat(v),
  "calendar.read": anyone,
  "calendar.manage": (v: Viewer) => isSecretariat(v),
  // Each user may have a private calendar feed of what they can see.
  "calendar.ownFeed": anyone,
  "body.read": anyone,
  "decision.read": anyone,
  // The audit trail and the outbox are the secretariat's.
  "audit.read": (v: Viewer) => isSecretariat(v),
  "outbox.read": (v: Viewer) => isSecretariat(v),
  "outbox.manage": (v: Viewer) => isSecretariat(v),
  // Every user keeps their own profile: language, time zone, password, sessions.
  "profile.updateOwn": anyone,
  // Accounts: the secretariat adds people, re-sends their invitation, deactivates them.
  "account.manage": (v: Viewer) => isSecretariat(v),
  // Invitations: the secretariat opens them, follows the replies and records attendance;
  // a focal point reads and answers their own organization's, never another's.
  "invitation.manage": (v: Viewer) => isSecretariat(v),
  "invitation.readFor": (v: Viewer, s: Scope) =>
    isSecretariat(v) || isFocalPointOf(v, s.organizationId),
  "invitation.replyFor": (v: Viewer, s: Scope) =>
    isSecretariat(v) || isFocalPointOf(v, s.organizationId),
  // Tasks: the secretariat assigns them; a body's chair (and the secretariat) keep them current.
  "task.read": anyone,
  "task.assign": (v: Viewer) => isSecretariat(v),
  "task.updateProgress": (v: Viewer, s: Scope) => isSecretariat(v) || isChairOf(v, s.bodyId),
  // Reports: the secretariat requests and reviews them; a body's chairs write their body's
  // report; drafts and returned reports are read by those chairs and the secretariat only
  // (accepted reports by everyone signed in: lib/reports/queries.ts).
  "report.request": (v: Viewer) => isSecretariat(v),
  "report.review": (v: Viewer) => isSecretariat(v),
  "report.write": (v: Viewer, s: Scope) => isChairOf(v, s.bodyId),
  "report.readDraft": (v: Viewer, s: Scope) => isSecretariat(v) || isChairOf(v, s.bodyId),
  // Records of a meeting's outcome: the secretariat drafts, circulates, answers comments and
  // finalizes; a focal point comments for their organization on what was circulated to it.
  "record.manage": (v: Viewer) => isSecretariat(v),
  "record.comment": (v: Viewer, s: Scope) => isFocalPointOf(v, s.organizationId),
  // Preparing the next meeting from a concluded one: the dossier and the provisional agenda.
  "meeting.prepare": (v: Viewer) => isSecretariat(v),
  // Decisions and bodies are the secretariat's to record and organize.
  "decision.record": (v: Viewer) => isSecretariat(v),
  "body.manage": (v: Viewer) => isSecretariat(v),
} satisfies Record<string, (viewer: Viewer, scope: Scope) => boolean>;

export type Capability = keyof typeof policy;
export const capabilities = Object.keys(policy) as Capability[];

export function can(viewer: Viewer | null, capability: Capability, scope: Scope = {}): boolean {
  if (!viewer) return false;
  return policy[capability](viewer, scope);
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.grants.some((g) => g.role === role);
}

/** The role that shapes the navigation and the dashboard, most powerful first. */
export function primaryRole(viewer: Viewer): Role {
  for (const role of ["secretariat", "chair", "focal_point"] as const) {
    if (hasRole(viewer, role)) return role;
  }
  return "participant";
}
