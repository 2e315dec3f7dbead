import { addUser } from "./accounts/add-user";
import { changePassword } from "./accounts/change-password";
import { deactivateUser } from "./accounts/deactivate-user";
import { reactivateUser } from "./accounts/reactivate-user";
import { resendInvitation } from "./accounts/resend-invitation";
import { signOutOtherSessions } from "./accounts/sign-out-other-sessions";
import { updatePreferences } from "./accounts/update-preferences";
import type { AnyAction } from "./action";
import { appointChair } from "./bodies/appoint-chair";
import { createBody } from "./bodies/create-body";
import { removeChair } from "./bodies/remove-chair";
import { setMembers } from "./bodies/set-members";
import { updateBody } from "./bodies/update-body";
import { addClosedDay } from "./calendar/add-closed-day";
import { createCouncilMeeting } from "./calendar/create-council-meeting";
import { createFeedToken } from "./calendar/create-feed-token";
import { deleteCouncilMeeting } from "./calendar/delete-council-meeting";
import { importProgramme } from "./calendar/import-programme";
import { removeClosedDay } from "./calendar/remove-closed-day";
import { revokeFeedToken } from "./calendar/revoke-feed-token";
import { updateCouncilMeeting } from "./calendar/update-council-meeting";
import { recordDecision } from "./decisions/record-decision";
import { setDecisionStatus } from "./decisions/set-decision-status";
import { updateDecision } from "./decisions/update-decision";
import { withdrawDecision } from "./decisions/withdraw-decision";
import { openInvitations } from "./invitations/open-invitations";
import { recordAttendance } from "./invitations/record-attendance";
import { replyToInvitation } from "./invitations/reply-to-invitation";
import { sendReminders } from "./invitations/send-reminders";
import { advanceMeetingStatus } from "./meetings/advance-meeting-status";
import { planMeeting } from "./meetings/plan-meeting";
import { updateDeadlines } from "./meetings/update-deadlines";
import { updateMeeting } from "./meetings/update-meeting";
import { requeueEmail } from "./notifications/requeue-email";
import { designateFocalPoint } from "./organizations/designate-focal-point";
import { removeFocalPoint } from "./organizations/remove-focal-point";
import { updateOrganization } from "./organizations/update-organization";
import { addAgendaItem } from "./preparation/add-agenda-item";
import { issueAgenda } from "./preparation/issue-agenda";
import { moveAgendaItem } from "./preparation/move-agenda-item";
import { prepareNextMeeting } from "./preparation/prepare-next-meeting";
import { setAgendaItemStatus } from "./preparation/set-agenda-item-status";
import { updateAgendaItem } from "./preparation/update-agenda-item";
import { setOwnLocale } from "./profile/set-locale";
import { circulateRecord } from "./records/circulate-record";
import { commentOnRecord } from "./records/comment-on-record";
import { createRecord } from "./records/create-record";
import { deleteRecord } from "./records/delete-record";
import { disposeComment } from "./records/dispose-comment";
import { finalizeRecord } from "./records/finalize-record";
import { reviseRecord } from "./records/revise-record";
import { updateRecord } from "./records/update-record";
import { acceptReport } from "./reports/accept-report";
import { addAttachment } from "./reports/add-attachment";
import { removeAttachment } from "./reports/remove-attachment";
import { requestReports } from "./reports/request-reports";
import { returnReport } from "./reports/return-report";
import { saveReport } from "./reports/save-report";
import { submitReport } from "./reports/submit-report";
import { assignTask } from "./tasks/assign-task";
import { editTask } from "./tasks/edit-task";
import { updateTaskProgress } from "./tasks/update-task-progress";

/**
 * Every action definition in the application. The permission test runs each one against
 * every role, and fails when a defineAction() somewhere is missing from this list.
 */
export const allActions: AnyAction[] = [
  requeueEmail,
  addUser,
  resendInvitation,
  deactivateUser,
  reactivateUser,
  changePassword,
  signOutOtherSessions,
  updatePreferences,
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
  requestReports,
  saveReport,
  submitReport,
  acceptReport,
  returnReport,
  addAttachment,
  removeAttachment,
  createRecord,
  updateRecord,
  circulateRecord,
  commentOnRecord,
  disposeComment,
  reviseRecord,
  finalizeRecord,
  deleteRecord,
  updateDecision,
  withdrawDecision,
  prepareNextMeeting,
  addAgendaItem,
  updateAgendaItem,
  setAgendaItemStatus,
  moveAgendaItem,
  issueAgenda,
];
