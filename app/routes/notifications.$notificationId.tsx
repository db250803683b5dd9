import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/require-user.server";
import { openNotification } from "~/notifications/notifications.server";

/** Following a notification: marked read, then on to the page it points at. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return redirect(openNotification(user, params.notificationId));
}
