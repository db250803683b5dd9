import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ActionOwnerRole, ActionState } from "#db/schema";

/*
 * Tracked actions as staff see them: a state with "overdue", an owner, and the lists on the
 * worker's home, the IRO's caseload, the child's page and a review's page. Never shown to a child.
 */

export type ActionRowView = {
  id: string;
  decision: string;
  state: ActionState;
  dueOn: string | null;
  overdue: boolean;
  ownerName: string | null;
  ownerRole: ActionOwnerRole | null;
  note: string | null;
  childName?: string;
  history?: { state: ActionState; note: string | null; at: string; by: string }[];
};

export function ActionState({ state, overdue }: { state: ActionState; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={state === "done" ? "tag tag--done" : "tag"}>
        {t(`actions:states.${state}`)}
      </span>
      {overdue ? <span className="tag tag--overdue"> {t("actions:overdue")}</span> : null}
    </>
  );
}

export function ActionOwner({
  action,
}: {
  action: Pick<ActionRowView, "ownerName" | "ownerRole">;
}) {
  const { t } = useTranslation();
  if (action.ownerName) return <>{action.ownerName}</>;
  return (
    <>{action.ownerRole ? t(`actions:ownerRoles.${action.ownerRole}`) : t("actions:noOwner")}</>
  );
}

/** A table of actions, each with a link to change it. */
export function ActionTable({
  actions,
  caption,
  showChild = false,
  showOwner = true,
}: {
  actions: ActionRowView[];
  caption: string;
  showChild?: boolean;
  showOwner?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {showChild ? <th scope="col">{t("actions:table.child")}</th> : null}
          <th scope="col">{t("actions:table.decision")}</th>
          {showOwner ? <th scope="col">{t("actions:table.owner")}</th> : null}
          <th scope="col">{t("actions:table.due")}</th>
          <th scope="col">{t("actions:table.state")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("actions:table.change")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            {showChild ? <td>{a.childName}</td> : null}
            <td>
              {a.decision}
              {a.history?.length ? <ActionHistory history={a.history} /> : null}
            </td>
            {showOwner ? (
              <td>
                <ActionOwner action={a} />
              </td>
            ) : null}
            <td>{a.dueOn ?? t("actions:noDue")}</td>
            <td>
              <ActionState state={a.state} overdue={a.overdue} />
            </td>
            <td>
              <Link to={`/actions/${a.id}`}>
                {t("actions:update")}
                <span className="visually-hidden">: {a.decision}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who changed an action, when, to what (folded away). */
export function ActionHistory({ history }: { history: NonNullable<ActionRowView["history"]> }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t("actions:history.title")}</summary>
      <ol>
        {history.map((h, i) => (
          <li key={i}>
            {t("actions:history.line", {
              state: t(`actions:states.${h.state}`),
              by: h.by,
              at: h.at,
            })}
            {h.note ? <> — {h.note}</> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** "Actions for you" on the worker's home page: what they own, overdue and open first. */
export function ActionsForYou({ actions }: { actions: ActionRowView[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="actions-for-you-title">
      <h2 id="actions-for-you-title">{t("actions:forYou.title")}</h2>
      {actions.length ? (
        <ActionTable
          actions={actions}
          caption={t("actions:forYou.title")}
          showChild
          showOwner={false}
        />
      ) : (
        <p>{t("actions:forYou.none")}</p>
      )}
    </section>
  );
}

/** The IRO's caseload: children with open actions, how many and how many overdue. */
export function ActionCounts({
  rows,
}: {
  rows: { youngPersonId: string; name: string; open: number; overdue: number }[];
}) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <section aria-labelledby="action-counts-title">
      <h2 id="action-counts-title">{t("actions:caseload.title")}</h2>
      <table className="table">
        <caption className="visually-hidden">{t("actions:caseload.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("actions:table.child")}</th>
            <th scope="col">{t("actions:caseload.open")}</th>
            <th scope="col">{t("actions:caseload.overdue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.youngPersonId}>
              <td>
                <Link to={`/iro/young-people/${r.youngPersonId}#actions-title`}>{r.name}</Link>
              </td>
              <td>{r.open}</td>
              <td>{r.overdue ? <strong>{r.overdue}</strong> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The child's page: every action of their reviews, with state, owner, due date and history. */
export function ChildActions({
  actions,
}: {
  actions: (ActionRowView & { heldOn: string | null })[];
}) {
  const { t } = useTranslation();
  const open = actions.filter((a) => a.state === "not_started" || a.state === "in_progress");
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t("actions:child.title")}</h2>
      {actions.length ? (
        <>
          <p>
            {t("actions:child.summary", {
              open: open.length,
              overdue: open.filter((a) => a.overdue).length,
            })}
          </p>
          <ActionTable actions={actions} caption={t("actions:child.title")} />
        </>
      ) : (
        <p>{t("actions:child.none")}</p>
      )}
    </section>
  );
}

/** A review's page: "3 of 5 actions from the last review done", with the list. */
export function ActionProgress({
  progress,
}: {
  progress: {
    done: number;
    total: number;
    heldOn: string | null;
    isThisReview: boolean;
    actions: ActionRowView[];
  } | null;
}) {
  const { t } = useTranslation();
  if (!progress) return null;
  return (
    <section aria-labelledby="action-progress-title">
      <h2 id="action-progress-title">
        {t(progress.isThisReview ? "actions:progress.titleThis" : "actions:progress.titleLast")}
      </h2>
      <p>
        {t(progress.isThisReview ? "actions:progress.countThis" : "actions:progress.countLast", {
          done: progress.done,
          count: progress.total,
        })}
      </p>
      <ActionTable actions={progress.actions} caption={t("actions:progress.titleLast")} />
    </section>
  );
}
