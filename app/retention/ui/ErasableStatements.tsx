import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Row = {
  id: string;
  templateId: string;
  submittedAt: string;
  erasedOn: string | null;
  withdrawnOn: string | null;
  voiceNotes: { id: string; number: number; erasedOn: string | null }[];
};

/** A young person's sent statements on their record, each with "Erase…" where the law requires. */
export function ErasableStatements({
  youngPersonId,
  rows,
}: {
  youngPersonId: string;
  rows: Row[];
}) {
  const { t } = useTranslation();
  const base = `/admin/young-people/${youngPersonId}/statements`;
  return (
    <>
      <h2 id="statements">{t("retention:statements.title")}</h2>
      <p className="hint">{t("retention:statements.hint")}</p>
      <p className="hint">{t("retention:statements.letters")}</p>
      {rows.length === 0 ? (
        <p>{t("retention:statements.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("retention:statements.form")}</th>
                <th scope="col">{t("retention:statements.sent")}</th>
                <th scope="col">{t("retention:statements.state")}</th>
                <th scope="col">{t("retention:statements.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const form = t(`consultation:templates.${row.templateId}.title`);
                return (
                  <tr key={row.id}>
                    <td>{form}</td>
                    <td>{row.submittedAt}</td>
                    <td>
                      {row.erasedOn
                        ? t("retention:statements.erasedOn", { date: row.erasedOn })
                        : row.withdrawnOn
                          ? t("retention:statements.withdrawnOn", { date: row.withdrawnOn })
                          : t("retention:statements.kept")}
                    </td>
                    <td>
                      {row.erasedOn ? null : (
                        <ul className="plain-list">
                          <li>
                            <Link to={`${base}/${row.id}/erase`}>
                              {t("retention:statements.erase")}
                              <span className="visually-hidden">
                                {" "}
                                {t("retention:statements.which", { form, date: row.submittedAt })}
                              </span>
                            </Link>
                          </li>
                          {row.voiceNotes
                            .filter((v) => !v.erasedOn)
                            .map((v) => (
                              <li key={v.id}>
                                <Link to={`${base}/${row.id}/erase?voiceNote=${v.id}`}>
                                  {t("retention:statements.eraseVoiceNote", { number: v.number })}
                                  <span className="visually-hidden">
                                    {" "}
                                    {t("retention:statements.which", {
                                      form,
                                      date: row.submittedAt,
                                    })}
                                  </span>
                                </Link>
                              </li>
                            ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
