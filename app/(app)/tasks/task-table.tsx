import Link from "next/link";
import { useTranslations } from "next-intl";
import { type Column, DataTable } from "@/app/_components/data-table";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import type { TaskStatus } from "@/db/schema/enums";

export type TaskRow = {
  id: string;
  title: string;
  status: TaskStatus;
  progress: number;
  due: string | null;
  overdue: boolean;
  bodyName: string;
  leadName: string | null;
  decisionTitle: string | null;
};

export const taskStatusTone: Record<TaskStatus, Tone> = {
  not_started: "neutral",
  in_progress: "info",
  done: "success",
  blocked: "warning",
  cancelled: "neutral",
};

/** A list of tasks; overdue ones stand out (badge and a red due date). */
export function TaskTable({
  rows,
  showBody = true,
  caption,
  empty,
}: {
  rows: TaskRow[];
  showBody?: boolean;
  /** The table's name for screen readers (e.g. "My tasks"). */
  caption?: string;
  /** What shows instead of an empty table (by default: no task assigned yet). */
  empty?: string;
}) {
  const t = useTranslations("tasks");
  const statuses = useTranslations("taskStatus");
  const columns: Column<TaskRow>[] = [
    {
      key: "task",
      header: t("task"),
      cell: (row) => (
        <>
          <Link href={`/tasks/${row.id}`}>{row.title}</Link>
          {row.decisionTitle ? (
            <div className="muted">{t("implements", { decision: row.decisionTitle })}</div>
          ) : null}
        </>
      ),
    },
    ...(showBody ? [{ key: "body", header: t("body"), cell: (row: TaskRow) => row.bodyName }] : []),
    {
      key: "status",
      header: t("status"),
      cell: (row) => (
        <StatusBadge tone={taskStatusTone[row.status]}>{statuses(row.status)}</StatusBadge>
      ),
    },
    {
      key: "progress",
      header: t("progress"),
      cell: (row) => (
        <>
          <progress
            value={row.progress}
            max={100}
            aria-label={t("progressOf", { title: row.title })}
          />{" "}
          {row.progress}%
        </>
      ),
    },
    {
      key: "due",
      header: t("due"),
      cell: (row) =>
        row.overdue ? (
          <>
            <span className="overdue-date">{row.due ?? "—"}</span>
            <div>
              <StatusBadge tone="danger">{t("overdue")}</StatusBadge>
            </div>
          </>
        ) : (
          (row.due ?? "—")
        ),
    },
    { key: "lead", header: t("lead"), cell: (row) => row.leadName ?? "—" },
  ];
  return (
    <DataTable
      caption={caption ?? t("title")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={{ title: empty ?? t("empty") }}
    />
  );
}
