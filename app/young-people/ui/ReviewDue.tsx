import { useTranslation } from "react-i18next";
import type { YoungPersonRow } from "../caseload.server";
import { Tag } from "~/ui/Tag";

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
        <Tag tone="overdue">{t("home:review.overdue", { count: Math.abs(row.daysLeft) })}</Tag>
      ) : row.daysLeft === 0 ? (
        <Tag tone="soon">{t("home:review.dueToday")}</Tag>
      ) : row.urgency === "soon" ? (
        <Tag tone="soon">{t("home:review.dueIn", { count: row.daysLeft })}</Tag>
      ) : null}
    </>
  );
}
