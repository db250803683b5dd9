import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { codeValidDays } from "~/auth/rules";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { readForm } from "~/http/forms.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/reviews/calendar";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { toRow } from "~/young-people/caseload.server";
import { getAllocatedYoungPerson, getYoungPersonAccount } from "~/young-people/young-people.server";
import { YoungPersonProfile } from "~/young-people/YoungPersonProfile";

export const handle: RouteHandle = { titleKey: "home:profile.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  return json({
    row: toRow(person, requestLanguage(request, user), today),
    account: getYoungPersonAccount(person.id),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const form = await readForm(request, z.object({ intent: z.literal("issue-code") }));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId);
  const account = getYoungPersonAccount(person.id);
  if (!account) throw new Response("Not found", { status: 404 });
  const issued = issueSignInCode(request, user, account.userId);
  return json({
    code: issued.code,
    username: account.username,
    expiresAt: formatDateTime(issued.expiresAt, requestLanguage(request, user)),
  });
}

export default function WorkerYoungPerson() {
  const { t } = useTranslation();
  const { row, account } = useLoaderData<typeof loader>();
  const issued = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to="/worker">
          <span className="arrow" aria-hidden="true">
            ←
          </span>{" "}
          {t("home:worker.back")}
        </Link>
      </p>
      <h1>{row.name}</h1>
      <YoungPersonProfile row={row} />
      <h2>{t("home:worker.signIn.title")}</h2>
      {account ? (
        <>
          <p>
            {t("home:worker.signIn.username")}{" "}
            <strong className="code-display" translate="no">
              {account.username}
            </strong>
          </p>
          <p>
            {account.hasPicturePassword || account.hasPassword
              ? t("home:worker.signIn.hasCredential")
              : t("home:worker.signIn.noCredential")}
          </p>
          {issued ? (
            <div className="panel panel--success" role="status">
              <p>{t("home:worker.signIn.issued", { name: row.givenName })}</p>
              <p className="code-display" translate="no">
                {issued.code}
              </p>
              <p>{t("home:worker.signIn.expires", { date: issued.expiresAt })}</p>
              <p>{t("home:worker.signIn.inPerson")}</p>
            </div>
          ) : null}
          <Form method="post">
            <CsrfInput />
            <p className="hint">{t("home:worker.signIn.hint", { days: codeValidDays })}</p>
            <Button name="intent" value="issue-code">
              {t("home:worker.signIn.button")}
            </Button>
          </Form>
        </>
      ) : (
        <p>{t("home:worker.signIn.noAccount")}</p>
      )}
    </>
  );
}
