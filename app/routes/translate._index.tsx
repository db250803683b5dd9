import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import type { RouteHandle } from "~/root";
import { translationCoverage } from "~/translate/coverage.server";
import { formatDate } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { lettersToTranslate } from "~/letters/translation.server";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "home:translate.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["translator", "manager", "admin"] });
  const lng = requestLanguage(request, user);
  return json({
    languages: translationCoverage(),
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
  const { languages, letters, isTranslator } = useLoaderData<typeof loader>();
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
      <p>{t("home:translate.intro")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("home:translate.language")}</th>
              <th scope="col">{t("home:translate.status")}</th>
              <th scope="col">{t("home:translate.strings")}</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
