import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { readCarerLetter } from "~/letters/reading.server";
import { renderLetter } from "~/letters/render.server";
import { LetterView } from "~/letters/ui/LetterView";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "letters:me.title" };

/**
 * A child's letter, for the carer the child lives with, only if the child agreed: in the carer's
 * language when the letter has it (English, or the child's language if it is also the carer's).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "carer" });
  const { version } = readCarerLetter(request, user, params.letterId);
  const lng = requestLanguage(request, user);
  return json({
    letter: renderLetter(version, lng === version.language ? lng : "en"),
    name: version.facts.childName,
  });
}

export default function CarerLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/carer">{t("home:carer.title")}</BackLink>
      <h1>{t("letters:carer.letters", { name: data.name })}</h1>
      <LetterView letter={data.letter} />
    </>
  );
}
