import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/app/_components/status-badge";

export type TaskRow = {
  id: string;
  title: string;
  status: string;
  progress: number;
  due: string | null;
  overdue: boolean;
  bodyName: string;
  leadName: string | null;
  decisionTitle: string | null;
};

const tone = {
  not_started: "neutral",
  in_progress: "info",
  done: "success",
  blocked: "warning",
  cancelled: "neutral",
} as const;

/** A list of tasks; overdue ones stand out (badge and a red due date). */
export function TaskTable({
  rows,
  showBody = true,
  caption,
}: {
  rows: TaskRow[];
  showBody?: boolean;
  /** The table's name for screen readers (e.g. "My tasks"). */
  caption?: string;
}) {
  const t = useTranslations("tasks");
  const statuses = useTranslations("taskStatus");
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption ?? t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("task")}</th>
            {showBody ? <th scope="col">{t("body")}</th> : null}
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("progress")}</th>
            <th scope="col">{t("due")}</th>
            <th scope="col">{t("lead")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/tasks/${row.id}`}>{row.title}</Link>
                {row.decisionTitle ? (
                  <div className="muted">{t("implements", { decision: row.decisionTitle })}</div>
                ) : null}
              </td>
              {showBody ? <td>{row.bodyName}</td> : null}
              <td>
                <StatusBadge tone={tone[row.status as keyof typeof tone] ?? "neutral"}>
                  {statuses(row.status as "done")}
                </StatusBadge>
              </td>
              <td>
                <progress
                  value={row.progress}
                  max={100}
                  aria-label={t("progressOf", { title: row.title })}
                />{" "}
                {row.progress}%
              </td>
              <td style={row.overdue ? { color: "var(--danger)", fontWeight: 600 } : undefined}>
                {row.due ?? "—"}
                {row.overdue ? (
                  <div>
                    <StatusBadge tone="danger">{t("overdue")}</StatusBadge>
                  </div>
                ) : null}
              </td>
              <td>{row.leadName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
