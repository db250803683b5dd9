import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { registerResponse } from "~/letters/register-route.server";
import { RegisterPage, type RegisterData } from "~/letters/ui/Register";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "letters:iro.register" };

/** The letters register of the whole organisation, by IRO and month; `/letters.csv` downloads it. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["manager", "admin"] });
  return registerResponse(request, user, requestLanguage(request, user));
}

export default function LettersRegister() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>() as unknown as RegisterData;
  return (
    <RegisterPage
      data={data}
      back="/manage"
      backLabel={t("home:manage.title")}
      linkToReview={false}
    />
  );
}
