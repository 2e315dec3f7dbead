import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { calendarResponse } from "@/lib/calendar/ics-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return new Response("Not found", { status: 404 });
  return calendarResponse(await getDb(), viewer, {
    meetingId: id,
    fileName: "meeting.ics",
  });
}
