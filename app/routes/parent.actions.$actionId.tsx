import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ownerActionAction, ownerActionLoader } from "~/actions/owner-page.server";
import { OwnerActionPage } from "~/actions/ui/OwnerActions";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "home:actions.page.title" };

/** An action from a review that this parent owns: they update it here (see ~/actions/owner-page.server). */
export const loader = (args: LoaderFunctionArgs) => ownerActionLoader(args, "parent");

export const action = (args: ActionFunctionArgs) => ownerActionAction(args, "parent");

export default function ParentAction() {
  return <OwnerActionPage />;
}
