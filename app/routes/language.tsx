import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { optionalUser } from "~/auth/require-user.server";
import { readForm } from "~/http/forms.server";
import { languageCodes } from "~/i18n/languages";
import { languageCookie, saveLanguagePreference } from "~/i18n/remember-language.server";
import { safeReturnPath } from "~/i18n/return-path";

/** Nothing to show here: the language picker posts to this address from every page. */
export function loader() {
  return redirect("/");
}

const schema = z.object({
  lng: z.enum(languageCodes),
  returnTo: z.string().max(2000).default("/"),
});

/** Anyone may choose a language; a signed-in person's choice is saved as their preference. */
export async function action({ request }: ActionFunctionArgs) {
  const user = optionalUser(request);
  const form = await readForm(request, schema);
  if (!form.ok) return redirect("/");
  const { lng, returnTo } = form.data;
  saveLanguagePreference(user, lng);
  const url = new URL(returnTo, "http://x");
  return redirect(safeReturnPath(url.pathname, url.search), {
    headers: { "Set-Cookie": languageCookie(lng)! },
  });
}
