import "server-only";
import { createTranslator } from "next-intl";
import type { DbOrTx } from "@/db/client";
import { appHost } from "@/lib/app-url";
import type { Viewer } from "@/lib/auth/permissions";
import { catalogueFor } from "@/lib/i18n/catalogues";
import { meetingsForCalendar } from "@/lib/meetings/queries";
import { buildCalendar } from "./ics";

/** An iCalendar response of the meetings the viewer can see (or one of them). */
export async function calendarResponse(
  db: DbOrTx,
  viewer: Viewer,
  { meetingId, fileName }: { meetingId?: string; fileName: string },
): Promise<Response> {
  const catalogue = await catalogueFor(viewer.locale);
  const t = createTranslator(catalogue);
  const meetings = await meetingsForCalendar(db, viewer, { meetingId });
  if (meetingId && meetings.length === 0) return new Response("Not found", { status: 404 });
  const body = buildCalendar({
    name: t("calendarFeed.name"),
    meetings,
    host: appHost(),
    deadlineLabel: (kind, title) =>
      t("calendarFeed.deadline", {
        deadline: t(`deadlineKinds.${kind as "invitation_replies"}`),
        meeting: title,
      }),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
