import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { safeNext } from "~/auth/require-user.server";
import { requireFormAuthor } from "~/consultation/author.server";
import { getOwnDraft } from "~/consultation/own-statements.server";
import type { RouteHandle } from "~/root";
import { ButtonLink } from "~/ui/Button";
import { HelpContent } from "~/ui/HelpContent";
import { listCurrentAllocationNames } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.helpNowTitle" };

/** Straight after "I'm not safe": help that works now, with their social worker's name. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireFormAuthor(request);
  const statement = getOwnDraft(user, params.statementId);
  const people = listCurrentAllocationNames(statement.youngPersonId);
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  return json({
    socialWorker: people.find((p) => p.relationship === "social_worker")?.displayName ?? null,
    next: next?.startsWith(`/me/statements/${statement.id}/`)
      ? next
      : `/me/statements/${statement.id}/check`,
  });
}

export default function HelpNow() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("consultation:ui.helpNowTitle")}</h1>
      <HelpContent />
      {data.socialWorker ? (
        <p>{t("consultation:ui.helpNowWorker", { name: data.socialWorker })}</p>
      ) : null}
      <p>{t("consultation:ui.helpNowCarryOn")}</p>
      <ButtonLink to={data.next}>{t("consultation:ui.carryOn")}</ButtonLink>
    </>
  );
}
