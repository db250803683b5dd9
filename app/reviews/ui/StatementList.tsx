import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PreparationView } from "../prep-view.server";
import { HelpedBy } from "./Preparation";

/**
 * The statements that belong to a review, each with whether it has been read, is urgent, was
 * written with help, and whether an interpreter is needed (or asked for) to read it.
 */
export function StatementList({ statements }: { statements: PreparationView["statements"] }) {
  const { t } = useTranslation();
  if (!statements.length) return <p>{t("reviews:prep.noStatements")}</p>;
  return (
    <ul className="statement-list">
      {statements.map((s) => (
        <li key={s.id}>
          <Link to={`/iro/statements/${s.id}`}>
            {t(`consultation:templates.${s.templateId}.title`)}
            {s.from ? ` (${s.from})` : ""}
          </Link>{" "}
          — {t("reviews:prep.sentOn", { date: s.submittedAt })}{" "}
          <span className={s.isRead ? "tag" : "tag tag--soon"}>
            {s.isRead ? t("consultation:inbox.read") : t("consultation:inbox.new")}
          </span>
          {s.isUrgent ? (
            <>
              {" "}
              <span className="tag tag--overdue">{t("consultation:reader.urgent")}</span>
            </>
          ) : null}
          {s.helpedBy ? (
            <>
              {" "}
              <HelpedBy helpedBy={s.helpedBy} />
            </>
          ) : null}
          {s.parentInterpreter ? (
            <>
              {" "}
              <span className="tag">
                {t("forms:reader.parentInterpreter", {
                  language: s.parentInterpreter.language || "—",
                })}
              </span>
            </>
          ) : null}
          {s.interpreterLanguages.length ? (
            <>
              {" "}
              <span className="tag">
                {t("reviews:interpreter.needs", {
                  language: s.interpreterLanguages
                    .map((l) => t(`consultation:languages.${l}`))
                    .join(", "),
                })}
              </span>
              {s.interpreterRequested ? (
                <> {t("reviews:interpreter.pending", { count: s.interpreterRequested })}</>
              ) : null}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
