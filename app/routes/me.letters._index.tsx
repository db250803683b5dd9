import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { listOwnLetters } from "~/letters/reading.server";
import { doneCounts } from "~/actions/child.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Icon } from "~/ui/Icon";

export const handle: RouteHandle = { titleKey: "letters:me.title" };

/** "Letters to me": every letter from an IRO, newest first, new ones marked. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const lng = requestLanguage(request, user);
  const letters = listOwnLetters(user);
  const done = doneCounts(letters.map((l) => l.reviewId));
  return json({
    letters: letters.map((l) => ({
      id: l.letterId,
      from: l.iroName,
      heldOn: formatDate(l.heldOn ?? l.issuedAt, lng),
      isNew: !l.readByMe,
      updated: l.number > 1,
      // Whether the decisions were done: never who does them or why not (issue 18).
      done: done.get(l.reviewId) ?? null,
    })),
  });
}

export default function MyLetters() {
  const { t } = useTranslation();
  const { letters } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/me">{t("consultation:ui.home")}</BackLink>
      <h1>{t("letters:me.title")}</h1>
      {letters.length ? (
        <ul className="tiles">
          {letters.map((l) => (
            <li key={l.id}>
              <Link className="tile" to={`/me/letters/${l.id}`}>
                <Icon name="letter" size="large" />
                <span>
                  {t("letters:me.from", { name: l.from, date: l.heldOn })}
                  {l.isNew ? <span className="tag tag--soon"> {t("letters:me.new")}</span> : null}
                  {l.updated ? <span className="tag"> {t("letters:me.updated")}</span> : null}
                  {l.done ? (
                    <span className="hint">
                      {" "}
                      {t("letters:me.actionsDone", { done: l.done.done, count: l.done.total })}
                    </span>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("letters:me.none")}</p>
      )}
    </>
  );
}
