import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { auth } from "./index";
import type { Viewer } from "./permissions";
import { createSessionCache, type DecodedSession, sessionCacheKey } from "./session-cache";
import { loadViewer } from "./viewer";

const decoded = createSessionCache();

/** The session the request's cookie carries, decoded by Auth.js or remembered (session-cache.ts). */
async function currentSession(): Promise<DecodedSession | null> {
  const request = await headers();
  const key = sessionCacheKey(request.get("cookie"), request.get("x-forwarded-proto"));
  if (!key) return null;
  const remembered = decoded.get(key);
  if (remembered) return remembered;
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  // A session from before the version was tracked counts as version 1.
  const fresh = { userId, sessionVersion: session.sessionVersion ?? 1, authTime: session.authTime };
  decoded.set(key, fresh);
  return fresh;
}

/**
 * The signed-in user with their roles, read from the database on every request, so a
 * removed role or a deactivated account stops working at once whatever the cookie says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await currentSession();
  if (!session) return null;
  return loadViewer(await getDb(), session.userId, { version: session.sessionVersion });
});

/** For pages: the viewer, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const path = (await headers()).get("x-concordia-path");
    redirect(path && path !== "/" ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login");
  }
  return viewer;
}
