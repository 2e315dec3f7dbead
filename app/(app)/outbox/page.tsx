import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { listOutbox } from "@/lib/activity/queries";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const viewer = await requireUser();
  const raw = (await searchParams).before;
  const before = raw && !Number.isNaN(Date.parse(raw)) ? new Date(raw) : undefined;
  const [t, format, page] = await Promise.all([
    getTranslations("outbox"),
    getFormatter(),
    orNotFound(listOutbox(await getDb(), viewer, { before })),
  ]);
  const tone = { pending: "warning", sent: "success", failed: "danger" } as const;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {page.rows.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queued")}</th>
                <th scope="col">{t("recipient")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatInstant(format, row.createdAt, viewer.timeZone)}</td>
                  <td>{row.recipient}</td>
                  <td>
                    <details>
                      <summary>{row.subject}</summary>
                      <p style={{ whiteSpace: "pre-wrap", marginTop: "0.5rem" }}>{row.body}</p>
                    </details>
                  </td>
                  <td>
                    <StatusBadge tone={tone[row.status]}>{t(`statuses.${row.status}`)}</StatusBadge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextBefore ? (
        <p style={{ marginTop: "1rem" }}>
          <Link
            className="button secondary"
            href={`/outbox?before=${encodeURIComponent(page.nextBefore.toISOString())}`}
          >
            {t("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
