import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoaderData } from "~/root";

/** The hidden CSRF token every form posts (checked by readForm on the server). */
export function CsrfInput() {
  const root = useRouteLoaderData<RootLoaderData>("root");
  return <input type="hidden" name="csrf" value={root?.csrfToken ?? ""} />;
}
