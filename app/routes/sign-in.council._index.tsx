import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { beginCouncilSignIn, CouncilSignInUnavailable } from "~/auth/oidc.server";
import { optionalUser, safeNext } from "~/auth/require-user.server";
import { homeOf } from "~/auth/roles";
import { logger } from "~/operations/logger.server";
import { CouncilSignInUnavailable as UnavailablePage } from "~/auth/ui/CouncilSignIn";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "auth:council.unavailableTitle" };

/** "Sign in with your council account": off to the council's sign-in page (OpenID Connect). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = optionalUser(request);
  if (user) return redirect(homeOf(user));
  const next = safeNext(new URL(request.url).searchParams.get("next")?.slice(0, 500));
  try {
    const { location, cookie } = await beginCouncilSignIn(request, next);
    return redirect(location, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (!(error instanceof CouncilSignInUnavailable)) throw error;
    logger().error(
      { err: { type: error.name, message: error.message } },
      "council sign-in unavailable",
    );
    return json({ unavailable: true }, { status: 503 });
  }
}

export default function CouncilSignIn() {
  return <UnavailablePage />;
}
