"use client";

import { useFormatter, useTranslations } from "@/app/_components/intl";
import type { Warning } from "@/lib/calendar/scheduling";

/** The reasons a date is less than ideal, in words. */
export function DateWarnings({
  warnings,
  compact = false,
}: {
  warnings: Warning[];
  compact?: boolean;
}) {
  const t = useTranslations("planning.warnings");
  const format = useFormatter();
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00Z`), {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
  if (warnings.length === 0) {
    return <span className="badge success">{t("none")}</span>;
  }
  const text = (w: Warning) => {
    switch (w.kind) {
      case "weekend":
        return t("weekend", { day: day(w.day) });
      case "closed":
        return t("closed", { day: day(w.day), description: w.description });
      case "councilClash":
        return w.meetingNumber
          ? t("councilClashNumber", {
              day: day(w.day),
              number: w.meetingNumber,
              label: String(w.meetingNumber),
              title: w.title,
            })
          : t("councilClash", { day: day(w.day), title: w.title });
      case "meetingClash":
        return t("meetingClash", { number: w.sequenceNumber });
      case "offRhythm":
        return t("offRhythm", { months: w.months });
      case "beforePrevious":
        return t("beforePrevious");
    }
  };
  return (
    <ul className={compact ? "warnings compact" : "warnings"}>
      {warnings.map((w) => (
        <li key={JSON.stringify(w)}>
          <span className="badge warning">{t("label")}</span> {text(w)}
        </li>
      ))}
    </ul>
  );
}
