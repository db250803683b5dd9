import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/*
 * Decisions' agreement as the team manager, the IRO's review page and the IRO's queue show it.
 */

export type AgreementItem = {
  id: string;
  childName: string;
  heldOn: string | null;
  dueOn: string;
  overdue: boolean;
};

/** The team manager's open agreements (placed on /oversight), each linking to its answer page. */
export function AgreementsToAnswer({ items }: { items: AgreementItem[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t("actions:agreements.title")}</h2>
      {items.length ? (
        <ul>
          {items.map((a) => (
            <li key={a.id}>
              <Link to={`/actions/agreements/${a.id}`}>
                {t("actions:agreements.item", { name: a.childName, date: a.heldOn ?? "" })}
              </Link>{" "}
              — {t("actions:agreements.dueBy", { date: a.dueOn })}
              {a.overdue ? <span className="tag tag--overdue"> {t("actions:overdue")}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("actions:agreements.none")}</p>
      )}
    </section>
  );
}

export type ReviewAgreementView = {
  agreement: {
    managerName: string;
    dueOn: string;
    response: "agreed" | "disagree" | null;
    reason: string | null;
    respondedAt: string | null;
  } | null;
  teamManagerSet: boolean;
  managerChoices: { id: string; name: string }[];
};

/** On a review's page once circulated: asked of whom, by when, and the answer. */
export function ReviewAgreement({
  data,
  circulated,
}: {
  data: ReviewAgreementView;
  circulated: boolean;
}) {
  const { t } = useTranslation();
  const a = data.agreement;
  // Circulated before agreements existed, with a team manager set: nothing to say.
  if (!a && (!circulated || data.teamManagerSet)) return null;
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t("actions:agreement.title")}</h2>
      {!a ? (
        <p>{t("actions:agreement.noTeamManager")}</p>
      ) : !a.response ? (
        <p>{t("actions:agreement.waiting", { name: a.managerName, date: a.dueOn })}</p>
      ) : a.response === "agreed" ? (
        <p>{t("actions:agreement.agreed", { name: a.managerName, date: a.respondedAt })}</p>
      ) : (
        <>
          <p>{t("actions:agreement.disagreed", { name: a.managerName, date: a.respondedAt })}</p>
          <blockquote>{a.reason}</blockquote>
        </>
      )}
    </section>
  );
}

/**
 * Inside the "mark circulated" form when the child's team has no team manager: the IRO may name
 * one, or leave it (the page then says nobody was asked).
 */
export function AgreementManagerChoice({ data }: { data: ReviewAgreementView }) {
  const { t } = useTranslation();
  if (data.teamManagerSet || data.agreement) return null;
  return (
    <div className="field">
      <p className="hint">{t("actions:agreement.noTeamManager")}</p>
      {data.managerChoices.length ? (
        <>
          <label className="label" htmlFor="field-agreementManager">
            {t("actions:agreement.choose")}
          </label>
          <select
            id="field-agreementManager"
            name="agreementManager"
            className="input"
            defaultValue=""
          >
            <option value="">{t("actions:agreement.skip")}</option>
            {data.managerChoices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}

/** The IRO's queue: team managers who disagreed with decisions, and why. */
export function Disagreements({
  items,
}: {
  items: {
    id: string;
    reviewId: string;
    reason: string | null;
    respondedAt: string;
    managerName: string;
    childName: string;
  }[];
}) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <section className="panel" aria-labelledby="disagreements-title">
      <h2 id="disagreements-title">{t("actions:disagreements.title")}</h2>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <Link to={`/iro/reviews/${d.reviewId}#agreement-title`}>
              {t("actions:disagreements.item", {
                manager: d.managerName,
                name: d.childName,
                date: d.respondedAt,
              })}
            </Link>
            <p>{d.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
