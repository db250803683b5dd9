import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "~/ui/Button";
import { Tag } from "~/ui/Tag";
import { stageName } from "./stage-name";

type Row = {
  id: string;
  theme: string;
  childName: string;
  stage: { position: number; key: string | null; name: string | null };
  addressedTo: string;
  respondBy: string;
  state: "resolved" | "answered" | "overdue" | "waiting";
};

/** How an escalation stands, in words (never colour alone). */
export function EscalationState({ state }: { state: Row["state"] }) {
  const { t } = useTranslation();
  return (
    <Tag tone={state === "overdue" ? "overdue" : state === "waiting" ? "soon" : undefined}>
      {t(`escalations:state.${state}`)}
    </Tag>
  );
}

/**
 * A table of escalations: on a child's pages (without the child's name) or on a home page (with
 * it). Each links to the escalation's own page.
 */
export function EscalationTable({
  rows,
  caption,
  withChild,
}: {
  rows: Row[];
  caption: string;
  withChild: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {withChild ? <th scope="col">{t("escalations:list.child")}</th> : null}
          <th scope="col">{t("escalations:list.theme")}</th>
          <th scope="col">{t("escalations:list.stage")}</th>
          <th scope="col">{t("escalations:list.with")}</th>
          <th scope="col">{t("escalations:list.respondBy")}</th>
          <th scope="col">{t("escalations:list.state")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            {withChild ? <td>{r.childName}</td> : null}
            <td>
              <Link to={`/escalations/${r.id}`}>{t(`escalations:themes.${r.theme}`)}</Link>
            </td>
            <td>{stageName(t, r.stage)}</td>
            <td>{r.addressedTo}</td>
            <td>{r.respondBy}</td>
            <td>
              <EscalationState state={r.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The child's open escalations, for the IRO's child page and review preparation page. */
export function OpenEscalations({
  rows,
  raiseLink,
}: {
  rows: Row[];
  /** The IRO may raise one from here. */
  raiseLink?: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-escalations-title">
      <h2 id="open-escalations-title">{t("escalations:open.title")}</h2>
      {rows.length ? (
        <EscalationTable rows={rows} caption={t("escalations:open.title")} withChild={false} />
      ) : (
        <p>{t("escalations:open.none")}</p>
      )}
      {raiseLink ? (
        <p>
          <ButtonLink to={raiseLink} variant="secondary">
            {t("escalations:open.raise")}
          </ButtonLink>
        </p>
      ) : null}
    </section>
  );
}

/** On a home page: the escalations addressed to this person (nothing when there are none). */
export function EscalationsForYou({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="escalations-for-you-title">
      <h2 id="escalations-for-you-title">{t("escalations:forYou.title")}</h2>
      {rows.length ? (
        <EscalationTable rows={rows} caption={t("escalations:forYou.title")} withChild />
      ) : (
        <p>{t("escalations:forYou.none")}</p>
      )}
    </section>
  );
}
