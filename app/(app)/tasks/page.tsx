import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, pageCount } from "@/app/_components/pagination";
import { SearchField } from "@/app/_components/search-field";
import { getDb } from "@/db/client";
import { taskStatuses } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/i18n/format";
import { requestClock } from "@/lib/request";
import { listTasks, taskFormOptions } from "@/lib/tasks/queries";
import { taskFilterSchema, taskSorts } from "@/lib/tasks/schemas";
import { TaskTable } from "./task-table";

/** Up to this many open bodies, the filter lists them; beyond, it searches by name. */
const BODY_LIST_MAX = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("title") };
}

export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const params = await searchParams;
  const filter = taskFilterSchema.parse(params);
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, format, result, options] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("taskStatus"),
    getFormatter(),
    listTasks(db, viewer, filter, clock),
    // The open bodies, and the one chosen (a closed body's tasks are a link on its page).
    taskFormOptions(db, {
      today: clock.today,
      keepBodyId: filter.body,
      bodyLimit: BODY_LIST_MAX + 1,
    }),
  ]);
  // A list of the bodies while it is short; past that, a search by name (a decade of task
  // forces made the list 700 options long, most of the page).
  const searchBodies = options.bodies.length > BODY_LIST_MAX;
  const filtered = !!(
    filter.body ||
    filter.bodyName ||
    filter.status ||
    filter.meeting ||
    filter.lead ||
    filter.overdue ||
    filter.decision
  );
  const link = (page: number) => {
    const q = new URLSearchParams(
      Object.entries(filter).flatMap(([k, v]) =>
        v !== undefined && k !== "page" ? [[k, String(v)]] : [],
      ),
    );
    if (page > 1) q.set("page", String(page));
    return `/tasks?${q.toString()}`;
  };
  const pages = pageCount(result, link);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(viewer, "task.assign") ? (
            <Link className="button" href="/tasks/new">
              {t("assign")}
            </Link>
          ) : null
        }
      />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          {filter.decision ? <input type="hidden" name="decision" value={filter.decision} /> : null}
          {searchBodies ? (
            <SearchField
              name="bodyName"
              label={t("body")}
              defaultValue={filter.bodyName ?? options.keptBody?.name ?? ""}
            />
          ) : (
            <div className="field">
              <label htmlFor="body">{t("body")}</label>
              <select id="body" name="body" defaultValue={filter.body ?? ""}>
                <option value="">{t("allBodies")}</option>
                {options.bodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field compact">
            <label htmlFor="status">{t("status")}</label>
            <select id="status" name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("allStatuses")}</option>
              {taskStatuses.map((s) => (
                <option key={s} value={s}>
                  {statuses(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="meeting">{t("meeting")}</label>
            <select id="meeting" name="meeting" defaultValue={filter.meeting ?? ""}>
              <option value="">{t("allMeetings")}</option>
              {options.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lead">{t("lead")}</label>
            <select id="lead" name="lead" defaultValue={filter.lead ?? ""}>
              <option value="">{t("anyLead")}</option>
              {options.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field compact">
            <label htmlFor="sort">{t("sort")}</label>
            <select id="sort" name="sort" defaultValue={filter.sort ?? "due"}>
              {taskSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s.replace("-", "desc_")}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="checks in-filters">
            <label>
              <input type="checkbox" name="overdue" value="1" defaultChecked={!!filter.overdue} />{" "}
              {t("onlyOverdue")}
            </label>
          </div>
          <FilterActions filtered={filtered} clearHref="/tasks" />
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {t("count", { count: result.total })}
      </p>
      <TaskTable
        empty={filtered ? t("emptyFiltered") : t("empty")}
        rows={result.rows.map((r) => ({
          ...r,
          due: r.dueOn ? formatDay(format, r.dueOn, "medium") : null,
        }))}
      />
      <Pagination page={result.page} pages={pages} hrefFor={link} />
    </>
  );
}
