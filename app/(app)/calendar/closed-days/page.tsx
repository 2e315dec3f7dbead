import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
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
    <>
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
      {days.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                <th scope="col">{t("descriptionLabel")}</th>
                {manage ? (
                  <th scope="col">
                    <span className="visually-hidden">{t("actions")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.id}>
                  <td>
                    {format.dateTime(new Date(`${d.day}T12:00:00Z`), {
                      dateStyle: "full",
                      timeZone: "UTC",
                    })}
                  </td>
                  <td>{d.description}</td>
                  {manage ? (
                    <td>
                      <RemoveClosedDayButton
                        id={d.id}
                        label={`${formatDay(format, d.day)} ${d.description}`}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
