import { getDb } from "@/db/client";
import { loadViewer } from "@/lib/auth/viewer";
import { userForFeedToken } from "@/lib/calendar/feed-tokens";
import { calendarResponse } from "@/lib/calendar/ics-response";

// A private calendar feed: the token in the URL stands for the user (calendar programs
// cannot sign in). Revoked tokens and deactivated users get 404, telling nothing.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const userId = await userForFeedToken(db, token.replace(/\.ics$/, ""));
  const viewer = userId ? await loadViewer(db, userId) : null;
  if (!viewer) return new Response("Not found", { status: 404 });
  return calendarResponse(db, viewer, {
    fileName: "concordia.ics",
  });
}
