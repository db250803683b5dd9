import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { homeOf, staffRoles } from "~/auth/roles";
import { formErrors, formValues, readForm } from "~/http/forms.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import {
  actionChangeForm,
  actionHistory,
  changeAction,
  getActionForChange,
} from "~/actions/actions.server";
import { isOverdue, nextStates } from "~/actions/rules";
import { ActionHistory, ActionOwner, ActionState } from "~/actions/ui/ActionViews";
import { ActionUpdateForm, type ActionUpdateResult } from "~/actions/ui/ActionUpdateForm";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";
import { todayInEngland } from "~/dates/calendar";

export const handle: RouteHandle = { titleKey: "actions:page.title" };

/**
 * One decision of a review, tracked: its owner and the child's IRO change its state here. Staff
 * only: a carer or parent who owns an action updates it at /carer/actions/:id or /parent/actions/:id
 * (the same access rule and change, in their own words: ~/actions/owner-page.server).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: staffRoles });
  const action = getActionForChange(user, params.actionId);
  const lng = requestLanguage(request, user);
  const back = action.isIro ? `/iro/young-people/${action.youngPersonId}` : homeOf(user);
  return json({
    action: {
      id: action.id,
      decision: action.decision,
      childName: action.childName,
      heldOn: action.heldOn ? formatDate(action.heldOn, lng) : null,
      state: action.state,
      overdue: isOverdue(action, todayInEngland()),
      dueOn: action.dueOn ? formatDate(action.dueOn, lng) : null,
      ownerName: action.ownerName,
      ownerRole: action.ownerRole,
      note: action.note,
    },
    states: nextStates(action.state),
    history: actionHistory(action.id).map((h) => ({ ...h, at: formatDateTime(h.at, lng) })),
    back,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: staffRoles });
  const found = getActionForChange(user, params.actionId);
  const form = await readForm(request, actionChangeForm);
  if (!form.ok) return formErrors(form);
  const result = changeAction(request, user, found, form.data);
  if (!result.ok) return formErrors({ errors: result.errors, values: formValues(form.formData) });
  return redirect(`/actions/${found.id}?updated=1`);
}

export default function ActionPage() {
  const { t } = useTranslation();
  const { action, states, history, back } = useLoaderData<typeof loader>();
  const result = useActionData<ActionUpdateResult>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to={back}>{t("actions:page.back")}</BackLink>
      <h1>{t("actions:page.title")}</h1>
      {searchParams.get("updated") ? <Notice>{t("actions:page.updated")}</Notice> : null}
      <dl className="summary-list">
        <div>
          <dt>{t("actions:table.child")}</dt>
          <dd>{action.childName}</dd>
        </div>
        <div>
          <dt>{t("actions:table.decision")}</dt>
          <dd>{action.decision}</dd>
        </div>
        {action.heldOn ? (
          <div>
            <dt>{t("actions:page.review")}</dt>
            <dd>{action.heldOn}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("actions:table.owner")}</dt>
          <dd>
            <ActionOwner action={action} />
          </dd>
        </div>
        <div>
          <dt>{t("actions:table.due")}</dt>
          <dd>{action.dueOn ?? t("actions:noDue")}</dd>
        </div>
        <div>
          <dt>{t("actions:table.state")}</dt>
          <dd>
            <ActionState state={action.state} overdue={action.overdue} />
            {action.note ? <p>{action.note}</p> : null}
          </dd>
        </div>
      </dl>
      {history.length ? <ActionHistory history={history} /> : null}
      <ActionUpdateForm states={states} result={result} />
      <p>
        <Link to={back}>{t("actions:page.back")}</Link>
      </p>
    </>
  );
}
