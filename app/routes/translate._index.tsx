import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import type { RouteHandle } from "~/root";
import { translationCoverage } from "~/translate/coverage.server";

export const handle: RouteHandle = { titleKey: "home:translate.title" };

export function loader({ request }: LoaderFunctionArgs) {
  requireUser(request, { role: ["translator", "manager", "admin"] });
  return json({ languages: translationCoverage() });
}

export default function Translations() {
  const { t } = useTranslation();
  const { languages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:translate.title")}</h1>
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
