import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { notFound, requireUser, type SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, readForm } from "~/http/forms.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import {
  actionsOfReview,
  lastHeldReview,
  midwayDueOf,
  recordMidwayCheck,
} from "~/midway/midway.server";
import { parseMidwayForm } from "~/midway/schema";
import { MidwayCheckForm, type MidwayFormResult } from "~/midway/ui/MidwayCheckForm";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";
import { fullName } from "~/young-people/names";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "midway:page.title" };

/** The allocated IRO's midway check after the child's last review; anyone else: 404. */
function midwayTarget(request: Request, user: SignedIn, youngPersonId: string | undefined) {
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, youngPersonId, today);
  const last = lastHeldReview(person.id);
  if (!last) throw notFound();
  const due = last.check ? null : midwayDueOf(user.organisationId, person.id, today);
  return { person, last, dueOn: due?.dueOn ?? today, actions: actionsOfReview(last.id) };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const { person, last, dueOn, actions } = midwayTarget(request, user, params.youngPersonId);
  return json({
    youngPersonId: person.id,
    name: fullName(person),
    heldOn: formatDate(last.heldOn, lng),
    dueOn: formatDate(dueOn, lng),
    checkedOn: last.check ? formatDate(last.check.checkedOn, lng) : null,
    done: actions.filter((a) => a.state === "done").length,
    actions: actions.map((a) => ({
      id: a.id,
      decision: a.decision,
      state: a.state,
      note: a.note,
      dueOn: a.dueOn ? formatDate(a.dueOn, lng) : null,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const target = midwayTarget(request, user, params.youngPersonId);
  const home = `/iro/young-people/${target.person.id}`;
  // Sent twice (a double press without JavaScript): the first one recorded it.
  if (target.last.check) return redirect(home);
  const form = await readForm(
    request,
    z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  );
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  const values = form.data;
  const parsed = parseMidwayForm(
    values,
    target.actions.map((a) => a.id),
    Object.fromEntries(target.actions.map((a) => [a.id, a.state])),
  );
  if (!parsed.ok) return formErrors({ errors: parsed.errors, values });
  const checkId = recordMidwayCheck(
    request,
    user,
    { youngPersonId: target.person.id, reviewId: target.last.id, dueOn: target.dueOn },
    target.actions,
    parsed.data,
  );
  if (parsed.data.escalate === "yes")
    return redirect(`${home}/escalations/new?midwayCheckId=${encodeURIComponent(checkId)}`);
  return redirect(`${home}?midway=1`);
}

export default function MidwayCheck() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<MidwayFormResult>();
  return (
    <>
      <BackLink to={`/iro/young-people/${data.youngPersonId}`}>
        {t("midway:page.back", { name: data.name })}
      </BackLink>
      <h1>{t("midway:page.heading", { name: data.name })}</h1>
      <p>{t("midway:page.intro", { heldOn: data.heldOn, dueOn: data.dueOn })}</p>
      {data.actions.length ? (
        <p>
          <strong>
            {t("midway:page.progress", { done: data.done, count: data.actions.length })}
          </strong>
        </p>
      ) : null}
      {data.checkedOn ? (
        <Notice>{t("midway:page.already", { date: data.checkedOn })}</Notice>
      ) : (
        <MidwayCheckForm actions={data.actions} result={result} />
      )}
    </>
  );
}
