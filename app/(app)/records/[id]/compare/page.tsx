import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import type { RecordParagraph } from "@/db/schema/records";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { compareParagraphs } from "@/lib/records/diff";
import { getRecord } from "@/lib/records/queries";
import { requestClock } from "@/lib/request";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("compareTitle") };
}

/** What changed between two versions of a record (or a version and the working draft), word by word. */
export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const db = await getDb();
  const [t, view] = await Promise.all([
    getTranslations("records"),
    orNotFound(getRecord(db, viewer, id, await requestClock())),
  ]);
  const draft = view.manage && view.record.status === "draft";
  const pick = (
    key: string | string[] | undefined,
  ): { label: string; paragraphs: RecordParagraph[] } | null => {
    if (key === "draft" && draft)
      return { label: t("workingDraftOption"), paragraphs: view.text.paragraphs };
    const found = view.versions.find((v) => String(v.version) === key);
    return found
      ? { label: t("versionOption", { version: found.version }), paragraphs: found.paragraphs }
      : null;
  };
  const from = pick(query.from);
  const to = pick(query.to);
  const changes = from && to ? compareParagraphs(from.paragraphs, to.paragraphs) : [];
  const changed = changes.filter((c) => c.changed).length;
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/records/${view.record.id}`}>{view.record.title}</Link>
      </nav>
      <PageHeader
        title={
          from && to ? t("compareHeading", { from: from.label, to: to.label }) : t("compareTitle")
        }
        description={from && to ? t("changedCount", { count: changed }) : undefined}
      />
      {!from || !to ? (
        <div className="card">
          <EmptyState title={t("compareChoose")} />
        </div>
      ) : (
        <section className="card" aria-label={t("differences")}>
          <p className="muted">{t("diffLegend")}</p>
          <ol className="record-paragraphs diff">
            {changes.map((c) => (
              <li
                key={`${c.from ?? "-"}-${c.to ?? "-"}`}
                value={c.to ?? c.from ?? undefined}
                className={c.changed ? "changed" : undefined}
              >
                <span className="muted diff-numbers">
                  {c.from === c.to
                    ? t("paragraphNumber", { number: c.to ?? 0 })
                    : c.from === null
                      ? t("paragraphAdded", { number: c.to ?? 0 })
                      : c.to === null
                        ? t("paragraphRemoved", { number: c.from })
                        : t("paragraphMoved", { from: c.from, to: c.to })}
                </span>
                <span className="pre-wrap">
                  {c.words.map((w, i) =>
                    w.kind === "added" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never move.
                      <ins key={i}>{w.text}</ins>
                    ) : w.kind === "removed" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never move.
                      <del key={i}>{w.text}</del>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never move.
                      <span key={i}>{w.text}</span>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
