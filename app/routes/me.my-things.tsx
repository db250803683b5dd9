import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { requireUser } from "~/auth/require-user.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { getOwnYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "mythings:title" };

/** Who may come: a young person with a record (anyone else is turned away before a page). */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  getOwnYoungPerson(user);
  return json({});
}

const spoken = ["mythings:intro", "mythings:inside", "mythings:onlyYou"];

export default function MyThings() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <BackLink to="/me">{t("mythings:back")}</BackLink>
      <h1>{t("mythings:title")}</h1>
      <ReadAloud keys={spoken} text={spoken.map((k) => t(k)).join(" ")} lang={i18n.language} />
      <p>{t("mythings:intro")}</p>
      <p>{t("mythings:inside")}</p>
      <p>{t("mythings:onlyYou")}</p>
      {/* A plain post (also without JavaScript): the answer is a file the browser saves. */}
      <Form method="post" action="/me/my-things/download" reloadDocument>
        <CsrfInput />
        <Button>{t("mythings:download")}</Button>
      </Form>
    </>
  );
}
