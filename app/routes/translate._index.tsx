import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import type { RouteHandle } from "~/root";
import { sourceStrings, translationCoverage } from "~/translate/coverage.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { lettersToTranslate } from "~/letters/translation.server";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "home:translate.title" };

const figures = ["reviewed", "machineDrafted", "outOfDate", "missing"] as const;

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["translator", "manager", "admin"] });
  const lng = requestLanguage(request, user);
  const number = (value: number) => formatNumber(value, lng);
  return json({
    source: number(sourceStrings()),
    languages: translationCoverage().map((l) => ({
      ...l,
      translated: number(l.translated),
      total: number(l.total),
      recorded: number(l.recorded),
      speakable: number(l.speakable),
      figures: figures.map((figure) => ({ figure, value: number(l[figure]) })),
    })),
    letters: lettersToTranslate(user).map((l) => ({
      id: l.id,
      language: getLanguage(l.language).englishName,
      dueOn: formatDate(l.dueOn, lng),
    })),
    isTranslator: user.role === "translator",
  });
}

export default function Translations() {
  const { t } = useTranslation();
  const { source, languages, letters, isTranslator } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t("home:translate.title")}</h1>
      {params.get("translated") ? <Notice>{t("letters:translate.saved")}</Notice> : null}
      {isTranslator ? (
        <section aria-labelledby="letters-title">
          <h2 id="letters-title">{t("letters:translate.queue")}</h2>
          {letters.length ? (
            <ul>
              {letters.map((l) => (
                <li key={l.id}>
                  <Link to={`/translate/letters/${l.id}`}>
                    {t("letters:translate.item", { language: l.language, date: l.dueOn })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("letters:translate.none")}</p>
          )}
        </section>
      ) : null}
      {isTranslator ? (
        <p>
          <Link className="button button--secondary" to="/translate/studio">
            {t("home:translate.studio")}
          </Link>
        </p>
      ) : null}
      <p>{t("home:translate.intro")}</p>
      <p>{t("home:translate.source", { total: source })}</p>
      <div className="table-wrap">
        <table>
          <caption>{t("home:translate.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("home:translate.language")}</th>
              <th scope="col">{t("home:translate.status")}</th>
              <th scope="col">{t("home:translate.strings")}</th>
              {figures.map((figure) => (
                <th scope="col" key={figure}>
                  {t(`home:translate.${figure}`)}
                </th>
              ))}
              <th scope="col">{t("home:translate.recorded")}</th>
            </tr>
          </thead>
          <tbody>
            {languages.map((l) => (
              <tr key={l.code}>
                <th scope="row">
                  <span lang={l.code} dir={l.dir}>
                    {l.ownName}
                  </span>{" "}
                  ({l.englishName})
                </th>
                <td>{t(`home:translate.statuses.${l.status}`)}</td>
                <td>
                  {t("home:translate.coverage", { translated: l.translated, total: l.total })}
                </td>
                {l.figures.map(({ figure, value }) => (
                  <td key={figure}>{value}</td>
                ))}
                <td>
                  {t("home:translate.recordedOf", { recorded: l.recorded, total: l.speakable })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("home:translate.meaning.title")}</h2>
      <dl>
        {figures.map((figure) => (
          <div key={figure}>
            <dt>{t(`home:translate.${figure}`)}</dt>
            <dd>{t(`home:translate.meaning.${figure}`)}</dd>
          </div>
        ))}
        <div>
          <dt>{t("home:translate.recorded")}</dt>
          <dd>{t("home:translate.meaning.recorded")}</dd>
        </div>
      </dl>
    </>
  );
}
