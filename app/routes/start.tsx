import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { startWithCode, type StartData } from "~/auth/first-sign-in.server";
import { FirstSignIn } from "~/auth/ui/FirstSignIn";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "auth:start.title" };

/** A link emailed to a new member of staff (`/start?code=…`) fills the code in; nothing is used up. */
export function loader({ request }: LoaderFunctionArgs) {
  const code = new URL(request.url).searchParams.get("code") ?? "";
  return json({ code: /^[A-Za-z0-9-]{1,20}$/.test(code) ? code : "" });
}

/** Anyone with a one-time code from their worker (or an invitation letter) may come here. */
export function action({ request }: ActionFunctionArgs) {
  return startWithCode(request);
}

export default function Start() {
  const { code } = useLoaderData<typeof loader>();
  return (
    <FirstSignIn
      data={useActionData<typeof action>() as StartData | undefined}
      initialCode={code}
    />
  );
}
