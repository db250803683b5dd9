import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, formValues, readForm } from "~/http/forms.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import {
  actionChangeForm,
  actionHistory,
  changeAction,
  getActionForChange,
} from "./actions.server";
import { actionsOwnedBy } from "./progress.server";
import { isOverdue, nextStates } from "./rules";

/*
 * A carer's or parent's own actions (issue 18): "Actions for you" on their home page and the page
 * to update one, at /carer/actions/:id and /parent/actions/:id. The access rule is the staff page's
 * (`getActionForChange`: the named owner while allocated to the child, or whoever holds the owner
 * role for the child today), and a change goes through the same `changeAction`, so it is kept in
 * the action's history and audited. They see the decision, its due date, its state and its history
 * (they are a party to it), never monitoring, contacts or escalations. Strings: the `home`
 * namespace (`actions` is staff only and never sent to them).
 */

export type OwnerRole = "carer" | "parent";

/** "Actions for you" on a carer's or parent's home: the child's first name, not the full name. */
export function ownerActionsView(user: SignedIn, lng: string) {
  return actionsOwnedBy(user).map((a) => ({
    id: a.id,
    childName: a.childGivenName,
    decision: a.decision,
    dueOn: a.dueOn ? formatDate(a.dueOn, lng) : null,
    overdue: a.overdue,
    state: a.state,
  }));
}

/** The shared page's error keys in the carer's namespace (`actions:errors.x` is staff only). */
function ownerErrorKeys(errors: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field,
      key === "actions:errors.noteNotDone"
        ? "home:actions.errors.noteNotDone"
        : key.startsWith("actions:")
          ? "home:actions.errors.state"
          : key,
    ]),
  );
}

export function ownerActionLoader({ request, params }: LoaderFunctionArgs, role: OwnerRole) {
  const user = requireUser(request, { role });
  const found = getActionForChange(user, params.actionId);
  const lng = requestLanguage(request, user);
  return json({
    action: {
      decision: found.decision,
      childName: found.childGivenName,
      dueOn: found.dueOn ? formatDate(found.dueOn, lng) : null,
      overdue: isOverdue(found, todayInEngland()),
      state: found.state,
    },
    states: nextStates(found.state),
    history: actionHistory(found.id).map((h) => ({ ...h, at: formatDateTime(h.at, lng) })),
    home: `/${role}`,
  });
}

export async function ownerActionAction({ request, params }: ActionFunctionArgs, role: OwnerRole) {
  const user = requireUser(request, { role });
  const found = getActionForChange(user, params.actionId);
  const form = await readForm(request, actionChangeForm);
  if (!form.ok) return formErrors({ errors: ownerErrorKeys(form.errors), values: form.values });
  const result = changeAction(request, user, found, form.data);
  if (!result.ok) {
    return formErrors({ errors: ownerErrorKeys(result.errors), values: formValues(form.formData) });
  }
  return redirect(`/${role}/actions/${found.id}?updated=1`);
}
