// A session ends after 12 hours without use (the cookie's rolling expiry) and, whatever the
// use, 7 days after the sign-in that opened it.
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

/** True when the session was opened too long ago (or carries no sign-in time at all). */
export function sessionTooOld(authTime: number | undefined, nowSeconds: number): boolean {
  return !authTime || nowSeconds - authTime > SESSION_ABSOLUTE_SECONDS;
}
