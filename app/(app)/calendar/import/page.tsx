import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { CSV_COLUMNS } from "@/lib/calendar/parse-programme";
import { councilFormats } from "@/lib/calendar/schemas";
import { ImportProgramme } from "./import-programme";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendarImport");
  return { title: t("title") };
}

export default async function ImportPage() {
  const viewer = await requireUser();
  const [t, calendar] = await Promise.all([
    getTranslations("calendarImport"),
    getTranslations("calendar"),
  ]);
  return (
    <PageMessages namespaces={["calendar", "calendarImport", "refusals"]}>
      <nav className="breadcrumb" aria-label={calendar("breadcrumb")}>
        <Link href="/calendar">{calendar("title")}</Link>
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      {can(viewer, "calendar.manage") ? (
        <>
          <div className="card">
            <ImportProgramme />
          </div>
          <section className="card" aria-labelledby="format-heading">
            <h2 id="format-heading">{t("formatHeading")}</h2>
            <p>{t("csvExplanation")}</p>
            <pre className="code-sample">
              {`${CSV_COLUMNS.join(",")}\n2006-09-20,10:00,5529,open debate,"Cooperation between the United Nations and regional organizations",Greece,yes,`}
            </pre>
            <p>{t("formats", { formats: councilFormats.join(", ") })}</p>
            <p>{t("icsExplanation")}</p>
          </section>
        </>
      ) : (
        <div className="alert error">{calendar("manageForbidden")}</div>
      )}
    </PageMessages>
  );
}
