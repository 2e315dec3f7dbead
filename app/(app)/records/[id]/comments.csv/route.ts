import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { commentsCsv } from "@/lib/records/comments-csv";
import { commentsMatrix } from "@/lib/records/queries";

/** The comments matrix as a CSV file (the secretariat's; anyone else gets "not found"). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  try {
    const matrix = await commentsMatrix(await getDb(), viewer, id);
    const [t, dispositions] = await Promise.all([
      getTranslations("records.csv"),
      getTranslations("commentDispositions"),
    ]);
    const csv = commentsCsv(matrix.rows, {
      header: [
        t("version"),
        t("paragraph"),
        t("organization"),
        t("comment"),
        t("proposedText"),
        t("disposition"),
        t("reason"),
      ],
      disposition: (d) => dispositions(d),
    });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="comments-matrix.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError)
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
