import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { formatDate } from "~/i18n/format";
import { todayInEngland } from "~/dates/calendar";
import { listReviewsOf } from "~/reviews/allocated-reviews.server";
import { toRow } from "~/young-people/caseload.server";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";
import { YoungPersonProfile } from "~/young-people/ui/YoungPersonProfile";
import { StartTogether } from "~/together/ui/StartTogether";
import { mayReadAuditNow } from "~/audit/access.server";
import { AuditLink } from "~/audit/ui/AuditLink";
import { BundleForm } from "~/records/ui/BundleForm";
import { betweenReviewsForIro } from "~/timeline/child-page.server";
import { BetweenReviews } from "~/timeline/ui/BetweenReviews";
import { childActionsView } from "~/actions/sections.server";
import { ChildActions } from "~/actions/ui/ActionViews";
import { openEscalationsOf } from "~/escalations/escalations.server";
import { OpenEscalations } from "~/escalations/ui/EscalationList";

export const handle: RouteHandle = { titleKey: "home:profile.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  const lng = requestLanguage(request, user);
  return json({
    row: toRow(person, lng, today),
    reviews: listReviewsOf(person.id).map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      date: formatDate(r.heldOn ?? r.plannedOn ?? r.dueOn, lng),
      participationCode: r.participationCode,
    })),
    // A manager holding a caseload as IRO may also see who has opened this child's records.
    mayReadAudit: mayReadAuditNow(request),
    between: betweenReviewsForIro(request, user, person.id, lng),
    actions: childActionsView(person.id, lng),
    escalations: openEscalationsOf(user.organisationId, person.id, lng, today),
  });
}

export default function IroYoungPerson() {
  const { t } = useTranslation();
  const { row, reviews, mayReadAudit, between, actions, escalations } =
    useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/iro">{t("home:iro.back")}</BackLink>
      <h1>{row.name}</h1>
      <YoungPersonProfile row={row} />
      <StartTogether youngPersonId={row.id} name={row.givenName} />
      {mayReadAudit ? <AuditLink youngPersonId={row.id} /> : null}
      <h2>{t("reviews:history")}</h2>
      <ul>
        {reviews.map((r) => (
          <li key={r.id}>
            <Link to={`/iro/reviews/${r.id}`}>
              {t(`reviews:kind.${r.kind}`)}, {r.date}
            </Link>{" "}
            — {t(`reviews:status.${r.status}`)}
            {r.participationCode ? ` (${r.participationCode})` : null}
          </li>
        ))}
      </ul>
      <BetweenReviews youngPersonId={row.id} data={between} />
      <ChildActions actions={actions} />
      <OpenEscalations
        rows={escalations}
        raiseLink={`/iro/young-people/${row.id}/escalations/new`}
      />
      <BundleForm youngPersonId={row.id} name={row.name} />
    </>
  );
}
