import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { optionalUser } from "~/auth/require-user.server";
import { homeOf } from "~/auth/roles";

/** The front door: your own home when signed in, sign-in otherwise. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = optionalUser(request);
  const search = new URL(request.url).search;
  return redirect(user ? homeOf(user) : `/sign-in${search}`);
}
