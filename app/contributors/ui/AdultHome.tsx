import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon } from "~/ui/Icon";
import type { adultHome } from "../adult-home.server";

type Data = ReturnType<typeof adultHome>;

/** The carer's and the parent's page: one section per child. */
export function AdultHome({ data }: { data: Data }) {
  const { t } = useTranslation();
  const title = (id: string) => t(`consultation:templates.${id}.title`);
  return (
    <>
      {data.children.map((child) => (
        <section key={child.id} className="panel" aria-labelledby={`child-${child.id}`}>
          <h2 id={`child-${child.id}`}>{child.name}</h2>
          <p>
            {child.nextReview
              ? t("forms:home.nextReview", { date: child.nextReview })
              : t("forms:home.noReview")}
          </p>
          {child.requests.map((r) => (
            <div key={r.id} className="request">
              <h3 className="with-icon">
                <Icon name="calendar" />
                <span>
                  {r.isFeedback
                    ? t("forms:home.feedbackRequest", { name: r.requestedBy, date: r.reviewOn })
                    : t("forms:home.request", {
                        name: r.requestedBy,
                        form: title(r.templateId),
                        date: r.reviewOn,
                      })}
                </span>
              </h3>
              <p>{t("forms:home.requestBy", { date: r.dueOn })}</p>
              <Link className="button" to={`/me/start/${r.templateId}?request=${r.id}`}>
                {t("forms:home.fillIn", { form: title(r.templateId) })}
              </Link>
            </div>
          ))}
          {child.requests.some((r) => !r.isFeedback) ? null : (
            <p>
              <Link to={`/me/start/${data.templateId}?youngPerson=${child.id}`}>
                {t("forms:home.fillIn", { form: title(data.templateId) })}
              </Link>
            </p>
          )}
          {child.letters.length ? (
            <>
              <h3>{t("letters:carer.letters", { name: child.name })}</h3>
              <ul>
                {child.letters.map((l) => (
                  <li key={l.id}>
                    <Link to={`/carer/letters/${l.id}`}>
                      {t("letters:carer.open", { date: l.heldOn })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t("forms:home.sentTitle")}</h3>
          {child.sent.length ? (
            <ul className="plain-list">
              {child.sent.map((s) => (
                <li key={s.id}>
                  {title(s.templateId)} · {t("forms:home.sentOn", { date: s.submittedAt })} ·{" "}
                  {s.readBy.length
                    ? s.readBy
                        .map((r) => t("forms:home.readBy", { name: r.name, date: r.at }))
                        .join("; ")
                    : t("forms:home.notRead")}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("forms:home.noneSent")}</p>
          )}
        </section>
      ))}
    </>
  );
}
