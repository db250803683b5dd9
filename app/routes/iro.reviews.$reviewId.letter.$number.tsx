import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound, requireUser } from "~/auth/require-user.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { openIroLetterVersion } from "~/letters/reading.server";
import { renderLetter } from "~/letters/render.server";
import { LetterView } from "~/letters/ui/LetterView";
import type { RouteHandle } from "~/root";
import { CaseRecordLink } from "~/records/ui/CaseRecordLink";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "letters:me.title" };

/** An issued version as the child reads it, and in English beside it when it was translated. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  const { item, letter, version } = openIroLetterVersion(request, user, params.reviewId, number);
  const lng = requestLanguage(request, user);
  return json({
    reviewId: item.review.id,
    letterId: letter.id,
    name: item.givenName,
    number,
    issuedAt: formatDateTime(version.issuedAt, lng),
    reason: version.reason,
    childs: renderLetter(version, version.language),
    english: version.language === "en" ? null : renderLetter(version, "en"),
  });
}

export default function IssuedLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={`/iro/reviews/${data.reviewId}/letter`}>
        {t("letters:iro.title", { name: data.name })}
      </BackLink>
      <h1>{t("letters:iro.issuedOn", { n: data.number, date: data.issuedAt })}</h1>
      {data.reason ? <p>{data.reason}</p> : null}
      <p>
        <a href={`/letters/${data.letterId}/pdf/${data.number}`} download>
          {t("letters:iro.pdf")}
        </a>
      </p>
      <CaseRecordLink href={`/records/letters/${data.letterId}/${data.number}/pdf`} />
      <div className={data.english ? "side-by-side" : undefined}>
        <LetterView letter={data.childs} />
        {data.english ? <LetterView letter={data.english} idPrefix="letter-en" /> : null}
      </div>
    </>
  );
}
