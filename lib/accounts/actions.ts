"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/action";
import { runAction } from "@/lib/action-server";
import { signIn, unstable_update } from "@/lib/auth";
import { getViewer } from "@/lib/auth/session";
import { makeSessionGrant } from "@/lib/auth/session-grant";
import { addUser } from "./add-user";
import { changePassword } from "./change-password";
import { deactivateUser } from "./deactivate-user";
import { reactivateUser } from "./reactivate-user";
import { requestPasswordReset } from "./request-password-reset";
import { resendInvitation } from "./resend-invitation";
import { setPasswordWithToken } from "./set-password";
import { signOutOtherSessions } from "./sign-out-other-sessions";
import { updatePreferences } from "./update-preferences";

export async function addUserAction(input: unknown, meta?: unknown) {
  return runAction(addUser, input, meta);
}

export async function resendInvitationAction(input: unknown, meta?: unknown) {
  return runAction(resendInvitation, input, meta);
}

export async function deactivateUserAction(input: unknown, meta?: unknown) {
  return runAction(deactivateUser, input, meta);
}

export async function reactivateUserAction(input: unknown, meta?: unknown) {
  return runAction(reactivateUser, input, meta);
}

export async function updatePreferencesAction(input: unknown, meta?: unknown) {
  return runAction(updatePreferences, input, meta);
}

/** After the session version moved on, the session in use is re-issued for the new one. */
async function keepThisSession(sessionVersion: number): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await unstable_update({ grant: makeSessionGrant(viewer.id, sessionVersion) });
}

export async function changePasswordAction(input: unknown) {
  const result = await runAction(changePassword, input);
  if (result.ok) await keepThisSession(result.data.sessionVersion);
  return result;
}

export async function signOutOtherSessionsAction() {
  const result = await runAction(signOutOtherSessions, {});
  if (result.ok) await keepThisSession(result.data.sessionVersion);
  return result;
}

/** The same answer whether or not the address belongs to an account. */
export async function requestPasswordResetAction(
  input: unknown,
): Promise<ActionResult<{ sent: true }>> {
  const outcome = await requestPasswordReset(await getDb(), input);
  if (!outcome.ok)
    return {
      ok: false,
      code: "validation",
      formError: "validation",
      fieldErrors: { email: ["email"] },
    };
  return { ok: true, data: { sent: true } };
}

/** Sets the password from a link, then signs the person in with it. */
export async function setPasswordAction(
  input: unknown,
): Promise<ActionResult<{ redirectTo: string }>> {
  const result = await setPasswordWithToken(await getDb(), input);
  if (!result.ok) return result;
  const password = (input as { password: string }).password;
  try {
    await signIn("credentials", { email: result.data.email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError)
      return { ok: false, code: "validation", formError: "signInAfterPassword" };
    throw error;
  }
  return { ok: true, data: { redirectTo: "/" } };
}
