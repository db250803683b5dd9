import type { SignedIn } from "~/auth/require-user.server";
import { readCookie } from "~/http/request.server";
import { chooseLanguage } from "./choose-language";

/** The language of this request's page (the same answer the root loader gives). */
export function requestLanguage(
  request: Request,
  user?: Pick<SignedIn, "preferredLanguage"> | null,
) {
  return chooseLanguage({
    query: new URL(request.url).searchParams.get("lng"),
    cookie: readCookie(request, "ov_lng"),
    userPreference: user?.preferredLanguage,
    acceptLanguage: request.headers.get("accept-language"),
  });
}
