import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { aboutHome, aboutParts, findPart, neighbours, partHref } from "~/about/parts";
import { AboutPartView } from "~/about/ui/AboutPartView";
import { notFound, optionalUser } from "~/auth/require-user.server";
import { organisationContacts } from "~/organisations/settings.server";
import type { RouteHandle } from "~/root";
import { useRootData } from "~/root-data";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "about:title" };

/**
 * One part of "What is my review?". Open to everyone, like the help page: a child given a letter on
 * paper may not be signed in. Someone signed in also sees their own council's IRO and advocacy
 * services; nothing else of anyone's is shown.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const part = findPart(params.part);
  if (!part) throw notFound();
  const user = optionalUser(request);
  const withContacts = part.id === "iro" || part.id === "advocate";
  return json({
    partId: part.id,
    contacts: user && withContacts ? organisationContacts(user.organisationId) : null,
  });
}

export default function AboutPartPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const lang = useRootData()?.lang ?? "en";
  const part = findPart(data.partId)!;
  const { previous, next } = neighbours(part.id);
  const n = aboutParts.indexOf(part) + 1;
  return (
    <>
      {previous ? (
        <BackLink to={partHref(previous.id)}>
          {t("about:previous", { title: t(`about:parts.${previous.id}.title`) })}
        </BackLink>
      ) : (
        <BackLink to={aboutHome}>{t("about:allParts")}</BackLink>
      )}
      <p className="progress">
        {t("about:part", { n, total: aboutParts.length })} · {t("about:title")}
      </p>
      <AboutPartView part={part} lang={lang} contacts={data.contacts} />
      <div className="button-group">
        {next ? (
          <Link className="button" to={partHref(next.id)}>
            {t("about:next", { title: t(`about:parts.${next.id}.title`) })}
          </Link>
        ) : null}
        <Link className="button button--secondary" to={aboutHome}>
          {t("about:allParts")}
        </Link>
      </div>
    </>
  );
}
