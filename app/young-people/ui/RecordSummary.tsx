import { useTranslation } from "react-i18next";

/** A young person's record as the council keeps it, dates already in the reader's language. */
export function RecordSummary({
  record,
}: {
  record: {
    caseReference: string | null;
    dateOfBirth: string;
    language: string;
    needsInterpreter: boolean;
    interpreterLanguage: string | null;
    communicationNeeds: string | null;
    serviceArea: string;
    legalStatus: string | null;
    lookedAfterOn: string | null;
    isUnaccompanied: boolean;
  };
}) {
  const { t } = useTranslation();
  const yes = t("common:yes");
  const no = t("common:no");
  const none = t("people:record.notRecorded");
  return (
    <dl className="summary-list">
      <dt>{t("people:record.caseReference")}</dt>
      <dd translate="no">{record.caseReference ?? none}</dd>
      <dt>{t("people:record.dateOfBirth")}</dt>
      <dd>{record.dateOfBirth}</dd>
      <dt>{t("people:record.preferredLanguage")}</dt>
      <dd>{record.language}</dd>
      <dt>{t("people:record.needsInterpreter")}</dt>
      <dd>
        {record.needsInterpreter ? yes : no}
        {record.needsInterpreter && record.interpreterLanguage
          ? ` (${record.interpreterLanguage})`
          : null}
      </dd>
      <dt>{t("people:record.communicationNeeds")}</dt>
      <dd>{record.communicationNeeds ?? none}</dd>
      <dt>{t("people:record.serviceArea")}</dt>
      <dd>{t(`home:serviceArea.${record.serviceArea}`)}</dd>
      <dt>{t("people:record.legalStatus")}</dt>
      <dd>{record.legalStatus ? t(`people:legalStatus.${record.legalStatus}`) : none}</dd>
      <dt>{t("people:record.lookedAfterOn")}</dt>
      <dd>{record.lookedAfterOn ?? none}</dd>
      <dt>{t("people:record.isUnaccompanied")}</dt>
      <dd>{record.isUnaccompanied ? yes : no}</dd>
    </dl>
  );
}
