import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { implementationMatrix } from "@/lib/decisions/queries";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { safeCell } from "@/lib/invitations/participants-csv";
import { requestClock } from "@/lib/request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first", { status: 401 });
  const { id } = await params;
  const db = await getDb();
  try {
    const matrix = await implementationMatrix(db, viewer, id, await requestClock());
    const [t, statuses] = await Promise.all([
      getTranslations("implementation"),
      getTranslations("decisionStatus"),
    ]);
    const records = [
      [
        t("csv.body"),
        t("csv.number"),
        t("csv.decision"),
        t("csv.status"),
        t("csv.progress"),
        t("csv.tasks"),
        t("csv.done"),
        t("csv.overdue"),
      ],
      ...matrix.decisions.map((d) =>
        [
          d.bodyName ?? t("noBody"),
          String(d.position),
          d.title,
          statuses(d.rollup.status),
          String(d.rollup.progress),
          String(d.rollup.tasks),
          String(d.rollup.done),
          String(d.rollup.overdue),
        ].map(safeCell),
      ),
    ];
    return new Response(`\uFEFF${stringify(records)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="implementation-matrix.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError)
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
