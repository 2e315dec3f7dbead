import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listClosedDays } from "@/lib/calendar/queries";
import { formatDay } from "@/lib/i18n/format";
import { AddClosedDayForm, RemoveClosedDayButton } from "./closed-day-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("closedDays");
  return { title: t("title") };
}

export default async function ClosedDaysPage() {
  const viewer = await requireUser();
  const [t, calendar, format, days] = await Promise.all([
    getTranslations("closedDays"),
    getTranslations("calendar"),
    getFormatter(),
    listClosedDays(await getDb(), viewer),
  ]);
  const manage = can(viewer, "calendar.manage");
  return (
    <PageMessages namespaces={["closedDays"]}>
      <nav className="breadcrumb" aria-label={calendar("breadcrumb")}>
        <Link href="/calendar">{calendar("title")}</Link>
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      {manage ? (
        <section className="card" aria-labelledby="add-heading">
          <h2 id="add-heading">{t("addHeading")}</h2>
          <AddClosedDayForm />
        </section>
      ) : null}
      <DataTable
        caption={t("title")}
        rows={days}
        rowKey={(d) => d.id}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "day",
            header: t("day"),
            rowHeader: true,
            cell: (d) =>
              format.dateTime(new Date(`${d.day}T12:00:00Z`), {
                dateStyle: "full",
                timeZone: "UTC",
              }),
          },
          { key: "description", header: t("descriptionLabel"), cell: (d) => d.description },
          ...(manage
            ? [
                {
                  key: "actions",
                  header: <span className="visually-hidden">{t("actions")}</span>,
                  cell: (d: (typeof days)[number]) => (
                    <RemoveClosedDayButton
                      id={d.id}
                      label={`${formatDay(format, d.day)} ${d.description}`}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </PageMessages>
  );
}
