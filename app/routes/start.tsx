import type { ActionFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { startWithCode, type StartData } from "~/auth/first-sign-in.server";
import { FirstSignIn } from "~/auth/ui/FirstSignIn";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "auth:start.title" };

/** Anyone with a one-time code from their worker (or an invitation letter) may come here. */
export function action({ request }: ActionFunctionArgs) {
  return startWithCode(request);
}

export default function Start() {
  return <FirstSignIn data={useActionData<typeof action>() as StartData | undefined} />;
}
