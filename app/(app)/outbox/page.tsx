import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import type { OutboxStatus } from "@/db/schema/enums";
import { listOutbox } from "@/lib/activity/queries";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { RequeueButton } from "./requeue-button";

const tone: Record<OutboxStatus, Tone> = {
  pending: "warning",
  sending: "info",
  sent: "success",
  failed: "danger",
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ after?: string }>;
}) {
  const viewer = await requireUser();
  const after = (await searchParams).after;
  const [t, format, page] = await Promise.all([
    getTranslations("outbox"),
    getFormatter(),
    orNotFound(listOutbox(await getDb(), viewer, { after })),
  ]);
  return (
    <PageMessages namespaces={["outbox"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <DataTable
        caption={t("title")}
        rows={page.rows}
        rowKey={(row) => row.id}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "queued",
            header: t("queued"),
            cell: (row) => formatInstant(format, row.createdAt, viewer.timeZone),
          },
          { key: "recipient", header: t("recipient"), cell: (row) => row.recipient },
          {
            key: "subject",
            header: t("subject"),
            cell: (row) => (
              <details>
                <summary>{row.subject}</summary>
                <p className="pre-wrap mt-s">{row.body}</p>
              </details>
            ),
          },
          {
            key: "status",
            header: t("status"),
            cell: (row) => (
              <>
                <StatusBadge tone={tone[row.status]}>{t(`statuses.${row.status}`)}</StatusBadge>
                {row.lastError && row.status !== "sent" ? (
                  <div className="muted">
                    {t("attempts", { count: row.attempts, error: row.lastError })}
                  </div>
                ) : null}
                {row.status === "failed" ? (
                  <RequeueButton id={row.id} recipient={row.recipient} />
                ) : null}
              </>
            ),
          },
        ]}
      />
      {page.nextAfter ? (
        <p className="mt-l">
          <Link className="button secondary" href={`/outbox?after=${page.nextAfter}`}>
            {t("older")}
          </Link>
        </p>
      ) : null}
    </PageMessages>
  );
}
