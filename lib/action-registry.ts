import type { AnyAction } from "./action";
import { appointChair, createBody, removeChair, setMembers, updateBody } from "./bodies/commands";
import { addClosedDay, removeClosedDay } from "./calendar/closed-days";
import {
  createCouncilMeeting,
  deleteCouncilMeeting,
  updateCouncilMeeting,
} from "./calendar/council-meetings";
import { createFeedToken, revokeFeedToken } from "./calendar/feed";
import { importProgramme } from "./calendar/import-programme";
import { recordDecision, setDecisionStatus } from "./decisions/commands";
import { openInvitations } from "./invitations/open-invitations";
import { recordAttendance, sendReminders } from "./invitations/reminders";
import { replyToInvitation } from "./invitations/reply";
import { advanceMeetingStatus } from "./meetings/advance-status";
import { planMeeting, updateMeeting } from "./meetings/plan-meeting";
import { updateDeadlines } from "./meetings/update-deadlines";
import { designateFocalPoint, removeFocalPoint } from "./organizations/focal-points";
import { updateOrganization } from "./organizations/update-organization";
import { setOwnLocale } from "./profile/set-locale";
import { assignTask, editTask, updateTaskProgress } from "./tasks/commands";

/**
 * Every action definition in the application. The permission test runs each one against
 * every role, and fails when a defineAction() somewhere is missing from this list.
 */
export const allActions: AnyAction[] = [
  updateOrganization,
  designateFocalPoint,
  removeFocalPoint,
  setOwnLocale,
  createCouncilMeeting,
  updateCouncilMeeting,
  deleteCouncilMeeting,
  importProgramme,
  addClosedDay,
  removeClosedDay,
  createFeedToken,
  revokeFeedToken,
  planMeeting,
  updateMeeting,
  advanceMeetingStatus,
  updateDeadlines,
  openInvitations,
  replyToInvitation,
  sendReminders,
  recordAttendance,
  assignTask,
  editTask,
  updateTaskProgress,
  recordDecision,
  setDecisionStatus,
  createBody,
  updateBody,
  appointChair,
  removeChair,
  setMembers,
];
