import { formatDate, formatDateTime } from "~/i18n/format";
import type { ActionView } from "./progress.server";

/** An action for the page: dates in the reader's language (the browser lacks data for some). */
export function actionRowView<
  T extends ActionView & {
    childName?: string;
    history?: { state: ActionView["state"]; note: string | null; at: string; by: string }[];
  },
>(action: T, lng: string) {
  return {
    ...action,
    dueOn: action.dueOn ? formatDate(action.dueOn, lng) : null,
    history: action.history?.map((h) => ({ ...h, at: formatDateTime(h.at, lng) })),
  };
}
