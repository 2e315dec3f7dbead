import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { NewRecordForm } from "@/app/(app)/records/record-editor";
import { getDb } from "@/db/client";
import { type RecordKind, recordKinds } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("newHeading") };
}

/** The secretariat drafts a record of the meeting (?kind= chooses the kind to start with). */
export default async function NewRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  if (!can(viewer, "record.manage")) notFound();
  const { id } = await params;
  const { kind: asked } = await searchParams;
  const [t, kinds, meeting] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordKinds"),
    orNotFound(getMeeting(await getDb(), viewer, id)),
  ]);
  const kind: RecordKind = recordKinds.find((k) => k === asked) ?? "chairs_conclusions";
  return (
    <PageMessages namespaces={["languages", "recordKinds", "records"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <PageHeader
        title={t("newHeading")}
        description={t("newDescription", { meeting: meeting.title })}
      />
      <section className="card" aria-label={t("newHeading")}>
        <NewRecordForm
          defaultValues={{
            meetingId: meeting.id,
            kind,
            title: kinds(kind),
            symbol: "",
            issuedOn: "",
            originalLanguage: "en",
            paragraphs: [{ text: "" }],
          }}
        />
      </section>
    </PageMessages>
  );
}
