import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { clearFlowCookie, completeCouncilSignIn, refusalCookie } from "~/auth/oidc.server";
import { startSessionAndRedirect } from "~/auth/start-session.server";

/**
 * The council's sign-in page sends people back here. Signed in: on to their home. Refused: back
 * to the sign-in page, which says why. Either way this try's state is forgotten.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const result = await completeCouncilSignIn(request);
  if ("ok" in result) {
    const response = startSessionAndRedirect(result.user, result.next);
    response.headers.append("Set-Cookie", clearFlowCookie());
    return response;
  }
  const headers = new Headers();
  headers.append("Set-Cookie", clearFlowCookie());
  headers.append("Set-Cookie", refusalCookie(result));
  return redirect("/sign-in", { headers });
}
