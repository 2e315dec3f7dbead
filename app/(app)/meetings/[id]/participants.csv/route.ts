import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { participantsCsv } from "@/lib/invitations/participants-csv";
import { listParticipants } from "@/lib/invitations/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  try {
    const { rows } = await listParticipants(await getDb(), viewer, id);
    const [t, levels] = await Promise.all([
      getTranslations("participants"),
      getTranslations("representationLevels"),
    ]);
    const body = participantsCsv(rows, {
      header: [
        t("csv.organization"),
        t("csv.level"),
        t("csv.headAttending"),
        t("csv.head"),
        t("csv.name"),
        t("csv.title"),
        t("csv.email"),
      ],
      level: (level) => (level ? levels(level) : ""),
      yes: t("csv.yes"),
      no: t("csv.no"),
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="list-of-participants.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError)
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
