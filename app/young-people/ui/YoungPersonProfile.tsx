import { useTranslation } from "react-i18next";
import type { YoungPersonRow } from "../caseload.server";
import { ReviewDue } from "~/young-people/ui/ReviewDue";

/** What a professional needs to know first about a young person. */
export function YoungPersonProfile({ row }: { row: YoungPersonRow }) {
  const { t } = useTranslation();
  const yes = t("common:yes");
  const no = t("common:no");
  return (
    <dl className="summary-list">
      <dt>{t("home:profile.dateOfBirth")}</dt>
      <dd>{t("home:profile.dateOfBirthValue", { date: row.dateOfBirth, age: row.age })}</dd>
      <dt>{t("home:profile.serviceArea")}</dt>
      <dd>{t(`home:serviceArea.${row.serviceArea}`)}</dd>
      <dt>{t("home:profile.language")}</dt>
      <dd>
        <span lang={row.language.code}>{row.language.ownName}</span>
        {row.language.code !== "en" ? ` (${row.language.englishName})` : null}
      </dd>
      <dt>{t("home:profile.needsInterpreter")}</dt>
      <dd>{row.needsInterpreter ? yes : no}</dd>
      <dt>{t("home:profile.unaccompanied")}</dt>
      <dd>{row.isUnaccompanied ? yes : no}</dd>
      <dt>{t("home:profile.nextReview")}</dt>
      <dd>
        <ReviewDue row={row} />
      </dd>
    </dl>
  );
}
