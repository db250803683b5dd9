import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { adultHome } from "~/contributors/adult-home.server";
import { AdultHome } from "~/contributors/ui/AdultHome";
import { requestLanguage } from "~/i18n/request-language.server";
import { listNotifications } from "~/notifications/notifications.server";
import { Notifications } from "~/notifications/ui/Notifications";
import type { RouteHandle } from "~/root";
import { ownerActionsView } from "~/actions/owner-page.server";
import { OwnerActionsForYou } from "~/actions/ui/OwnerActions";

export const handle: RouteHandle = { titleKey: "home:carer.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "carer" });
  const lng = requestLanguage(request, user);
  return json({
    name: user.displayName,
    home: adultHome({ ...user, role: "carer" }, lng),
    notifications: listNotifications(user, lng),
    actions: ownerActionsView(user, lng),
  });
}

export default function CarerHome() {
  const { t } = useTranslation();
  const { name, home, notifications, actions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:carer.title")}</h1>
      <p>{t("home:carer.intro", { name, count: home.children.length })}</p>
      <Notifications items={notifications} />
      <OwnerActionsForYou actions={actions} basePath="/carer" />
      <AdultHome data={home} />
    </>
  );
}
