import { useTranslation } from "react-i18next";
import type { YoungPersonRow } from "../caseload.server";

/** The next review date, with "overdue" or "due soon" as a word as well as a colour. */
export function ReviewDue({
  row,
}: {
  row: Pick<YoungPersonRow, "nextReviewDue" | "daysLeft" | "urgency">;
}) {
  const { t } = useTranslation();
  if (!row.nextReviewDue || row.daysLeft === null) return <>{t("home:review.none")}</>;
  return (
    <>
      {row.nextReviewDue}{" "}
      {row.urgency === "overdue" ? (
        <span className="tag tag--overdue">
          {t("home:review.overdue", { count: Math.abs(row.daysLeft) })}
        </span>
      ) : row.daysLeft === 0 ? (
        <span className="tag tag--soon">{t("home:review.dueToday")}</span>
      ) : row.urgency === "soon" ? (
        <span className="tag tag--soon">{t("home:review.dueIn", { count: row.daysLeft })}</span>
      ) : null}
    </>
  );
}
