import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { homeOf } from "~/auth/roles";
import { requireUser } from "~/auth/require-user.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ageOn, todayInEngland } from "~/dates/calendar";
import { openRequestsFor } from "~/reviews/consultation-requests.server";
import { Icon } from "~/ui/Icon";
import { formOffered } from "~/organisations/settings.server";
import { youngPersonBasics } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "forms:together.title" };

/**
 * The child's page in together mode: their name, the forms for them (the simplest first), and the
 * worker's way out (which asks for the worker's password).
 */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { together: true });
  if (!user.togetherYoungPersonId) throw redirect(homeOf(user));
  const child = youngPersonBasics(user.togetherYoungPersonId);
  const lng = requestLanguage(request, user);
  const age = ageOn(child.dateOfBirth, todayInEngland());
  const request_ = openRequestsFor(user)[0];
  return json({
    givenName: child.givenName,
    helper: user.displayName,
    // Under 8: "My say" answers the review's request. Older children also see the usual form.
    // Only forms the council offers, unless the form answers the review's request.
    forms: (age < 8 ? ["my-say"] : ["my-say", "getting-ready"]).filter(
      (id) =>
        (request_ && (id === request_.templateId || id === "my-say")) ||
        formOffered(user.organisationId, id),
    ),
    request: request_
      ? {
          id: request_.id,
          reviewOn: formatDate(request_.reviewOn, lng),
          templateId: request_.templateId,
        }
      : null,
  });
}

export default function Together() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const link = (templateId: string) =>
    data.request && (templateId === data.request.templateId || templateId === "my-say")
      ? `/me/start/${templateId}?request=${data.request.id}`
      : `/me/start/${templateId}`;
  return (
    <>
      <div className="together-banner">
        <span>{t("forms:together.banner", { name: data.helper })}</span>
        <Link to="/together/leave">{t("forms:together.leave")}</Link>
      </div>
      <h1>{t("home:me.greeting", { name: data.givenName })}</h1>
      {data.request ? <p>{t("forms:together.review", { date: data.request.reviewOn })}</p> : null}
      <ul className="tiles">
        {data.forms.map((id) => (
          <li key={id}>
            <Link className="tile" to={link(id)}>
              <Icon name={id === "my-say" ? "young-person" : "calendar"} size="large" />
              <span>{t(`consultation:templates.${id}.title`)}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link className="tile" to="/about-my-review">
            <Icon name="reading" size="large" />
            <span>{t("about:title")}</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
