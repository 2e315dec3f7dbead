import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatMeetingDates } from "@/lib/i18n/format";
import { listParticipants } from "@/lib/invitations/queries";
import { orNotFound } from "@/lib/not-found";
import { PrintButton } from "./print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants");
  return { title: t("title") };
}

/** The printable list of participants, ordered alphabetically by organization. */
export default async function ParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const [t, levels, format, { meeting, rows }] = await Promise.all([
    getTranslations("participants"),
    getTranslations("representationLevels"),
    getFormatter(),
    orNotFound(listParticipants(await getDb(), viewer, id)),
  ]);
  return (
    <article>
      <nav className="breadcrumb no-print" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}/invitations`}>{t("back")}</Link>
      </nav>
      <header className="print-header">
        <h1>{t("title")}</h1>
        <p>
          <strong>{meeting.title}</strong>
        </p>
        <p className="muted">
          {formatMeetingDates(format, meeting)} · {meeting.venue}
        </p>
        <div className="no-print">
          <PrintButton label={t("print")} />
        </div>
      </header>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        rows.map((row) => (
          <section key={row.organizationName} className="card no-break">
            <h2>{row.organizationName}</h2>
            <p className="muted">
              {row.representationLevel ? levels(row.representationLevel) : ""}
              {row.headAttending && row.headName
                ? ` · ${t("head", { name: [row.headName, row.headTitle].filter(Boolean).join(", ") })}`
                : ""}
            </p>
            {row.delegation.length > 0 ? (
              <ul>
                {row.delegation.map((m) => (
                  <li key={m.email}>
                    {m.name}
                    {m.title ? `, ${m.title}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))
      )}
    </article>
  );
}
