import "server-only";
import { createTranslator } from "next-intl";
import type { DbOrTx } from "@/db/client";
import type { Viewer } from "@/lib/auth/permissions";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { meetingsForCalendar } from "@/lib/meetings/queries";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { buildCalendar } from "./ics";

const catalogs: Record<Locale, typeof en> = { en, fr };

/** An iCalendar response of the meetings the viewer can see (or one of them). */
export async function calendarResponse(
  db: DbOrTx,
  viewer: Viewer,
  { meetingId, fileName, host }: { meetingId?: string; fileName: string; host: string },
): Promise<Response> {
  const locale: Locale = isLocale(viewer.locale) ? viewer.locale : "en";
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const meetings = await meetingsForCalendar(db, viewer, { meetingId });
  if (meetingId && meetings.length === 0) return new Response("Not found", { status: 404 });
  const body = buildCalendar({
    name: t("calendarFeed.name"),
    meetings,
    host,
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
