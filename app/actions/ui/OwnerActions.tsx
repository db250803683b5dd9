import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ActionState } from "#db/schema";
import type { ownerActionLoader } from "~/actions/owner-page.server";
import { BackLink } from "~/ui/BackLink";
import { ActionUpdateForm, type ActionUpdateResult } from "./ActionUpdateForm";
import { Notice } from "~/ui/Notice";

/*
 * A carer's or parent's own actions, in plain words and only `home` strings (they may read another
 * language; the staff `actions` strings are never sent to them).
 */

export type OwnerActionRow = {
  id: string;
  childName: string;
  decision: string;
  dueOn: string | null;
  overdue: boolean;
  state: ActionState;
};

function OwnerActionState({ state, overdue }: { state: ActionState; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={state === "done" ? "tag tag--done" : "tag"}>
        {t(`home:actions.states.${state}`)}
      </span>
      {overdue ? <span className="tag tag--overdue"> {t("home:actions.late")}</span> : null}
    </>
  );
}

/** "Actions for you" on the home page; nothing when they own none. */
export function OwnerActionsForYou({
  actions,
  basePath,
}: {
  actions: OwnerActionRow[];
  basePath: "/carer" | "/parent";
}) {
  const { t } = useTranslation();
  if (!actions.length) return null;
  return (
    <section className="panel" aria-labelledby="actions-for-you-title">
      <h2 id="actions-for-you-title">{t("home:actions.title")}</h2>
      <p>{t("home:actions.intro")}</p>
      <table className="table">
        <caption className="visually-hidden">{t("home:actions.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("home:actions.child")}</th>
            <th scope="col">{t("home:actions.decision")}</th>
            <th scope="col">{t("home:actions.due")}</th>
            <th scope="col">{t("home:actions.state")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("home:actions.update")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{a.childName}</td>
              <td>{a.decision}</td>
              <td>{a.dueOn ?? t("home:actions.noDue")}</td>
              <td>
                <OwnerActionState state={a.state} overdue={a.overdue} />
              </td>
              <td>
                <Link to={`${basePath}/actions/${a.id}`}>
                  {t("home:actions.update")}
                  <span className="visually-hidden">: {a.decision}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One action: what it is, what changed, and the form to update it. Works without JavaScript. */
export function OwnerActionPage() {
  const { t } = useTranslation();
  const { action, states, history, home } = useLoaderData<typeof ownerActionLoader>();
  const result = useActionData<ActionUpdateResult>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to={home}>{t("home:actions.page.back")}</BackLink>
      <h1>{t("home:actions.page.title")}</h1>
      {searchParams.get("updated") && !result ? (
        <Notice>{t("home:actions.page.saved")}</Notice>
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>{t("home:actions.child")}</dt>
          <dd>{action.childName}</dd>
        </div>
        <div>
          <dt>{t("home:actions.decision")}</dt>
          <dd>{action.decision}</dd>
        </div>
        <div>
          <dt>{t("home:actions.due")}</dt>
          <dd>{action.dueOn ?? t("home:actions.noDue")}</dd>
        </div>
        <div>
          <dt>{t("home:actions.state")}</dt>
          <dd>
            <OwnerActionState state={action.state} overdue={action.overdue} />
          </dd>
        </div>
      </dl>
      {history.length ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("home:actions.page.history")}</h2>
          <ol>
            {history.map((h, i) => (
              <li key={i}>
                {t("home:actions.page.historyLine", {
                  state: t(`home:actions.states.${h.state}`),
                  by: h.by,
                  at: h.at,
                })}
                {h.note ? <> — {h.note}</> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <ActionUpdateForm
        states={states}
        result={result}
        words={{ page: "home:actions.page", states: "home:actions.states" }}
      />
    </>
  );
}
