import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { letterAudio } from "~/audio/letter-audio.server";
import { notFound, requireUser } from "~/auth/require-user.server";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { readOwnLetter } from "~/letters/reading.server";
import { issuedOn } from "~/letters/render";
import { renderLetter } from "~/letters/render.server";
import { LetterView } from "~/letters/ui/LetterView";
import { decisionsOf } from "~/letters/sections";
import { childStateKey, decisionStates } from "~/actions/child.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Icon } from "~/ui/Icon";

export const handle: RouteHandle = { titleKey: "letters:me.title" };

/**
 * A letter to the young person, in their language (`?in=en` for English), read aloud section by
 * section. Opening it is recorded, so the IRO sees it was read. Earlier versions stay readable.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const url = new URL(request.url);
  const asked = url.searchParams.get("version");
  const number = asked === null ? undefined : Number(asked);
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) throw notFound();
  const { letter, version, latest, versions } = readOwnLetter(
    request,
    user,
    params.letterId,
    number,
  );
  const inEnglish = url.searchParams.get("in") === "en" || version.language === "en";
  const shown = inEnglish ? "en" : version.language;
  // The day of issue in England, as the PDF says it (not the UTC date).
  const date = (iso: string) => formatDate(issuedOn(iso), shown);
  const lt = fixedT(isLanguageCode(shown) ? shown : "en", "letters");
  const rendered = renderLetter(version, shown);
  const states = decisionStates(letter.reviewId);
  return json({
    letterId: letter.id,
    number: version.number,
    isLatest: version.number === latest.number,
    canSeeEnglish: version.language !== "en",
    inEnglish,
    letter: rendered,
    audio: letterAudio({
      letterId: letter.id,
      number: version.number,
      organisationId: user.organisationId,
      translation: version.translation,
      letter: rendered,
      inTranslation: !inEnglish,
    }),
    // In the letter's language (which may not be the page's), so written on the server.
    versionLine: lt("fixed.version", { n: version.number, date: date(version.issuedAt) }),
    updated: version.reason
      ? lt("fixed.updated", { date: date(version.issuedAt), reason: version.reason })
      : null,
    earlier: versions
      .filter((v) => v.number !== version.number)
      .map((v) => ({
        number: v.number,
        line: lt("fixed.version", { n: v.number, date: date(v.issuedAt) }),
      })),
    iroName: version.facts.iroName,
    // Under each decision, whether it was done, in the letter's language; nothing else of it.
    decisionStates: decisionsOf(version.fields).map((d) => {
      const state = states.get(d.index);
      return state ? lt(childStateKey[state]) : null;
    }),
  });
}

export default function MyLetter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const base = `/me/letters/${data.letterId}`;
  const versionQuery = data.isLatest ? "" : `version=${data.number}`;
  const join = (...parts: string[]) => {
    const q = parts.filter(Boolean).join("&");
    return q ? `${base}?${q}` : base;
  };
  return (
    <>
      <BackLink to="/me/letters">{t("letters:me.back")}</BackLink>
      <h1>{t("letters:me.title")}</h1>
      <p className="hint" lang={data.letter.lang} dir={data.letter.dir}>
        {data.versionLine}
      </p>
      {data.updated ? (
        <div className="panel" role="note" lang={data.letter.lang} dir={data.letter.dir}>
          {data.updated}
        </div>
      ) : null}
      {data.canSeeEnglish ? (
        <p>
          {data.inEnglish ? (
            <Link to={join(versionQuery)}>{t("letters:me.seeMine")}</Link>
          ) : (
            <Link to={join(versionQuery, "in=en")} hrefLang="en">
              {t("letters:me.seeEnglish")}
            </Link>
          )}
        </p>
      ) : null}
      <LetterView
        letter={data.letter}
        readAloud
        audio={data.audio}
        decisionStates={data.decisionStates}
      />
      <p>
        <Link to="/about-my-review" className="with-icon">
          <Icon name="reading" />
          <span>{t("about:fromLetter")}</span>
        </Link>
      </p>
      <p>
        <a href={`/letters/${data.letterId}/pdf/${data.number}`} download>
          {t("letters:me.pdf")}
        </a>
      </p>
      <div className="button-group">
        <Link className="button" to={`/me/start/letter-reply?letter=${data.letterId}`}>
          {t("letters:me.reply", { name: data.iroName })}
        </Link>
        <Link
          className="button button--secondary"
          to={`/me/start/letter-reply?letter=${data.letterId}&agree=disagree-something`}
        >
          {t("letters:me.disagree")}
        </Link>
      </div>
      {data.earlier.length ? (
        <section aria-labelledby="earlier-title">
          <h2 id="earlier-title">{t("letters:fixed.earlier")}</h2>
          <ul>
            {data.earlier.map((v) => (
              <li key={v.number}>
                <Link to={join(`version=${v.number}`, data.inEnglish ? "in=en" : "")}>
                  {v.line}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
