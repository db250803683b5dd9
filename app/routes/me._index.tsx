import { listNotifications } from "~/notifications/notifications.server";
import { Notifications } from "~/notifications/ui/Notifications";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ageOn, todayInEngland } from "~/dates/calendar";
import { formatDate } from "~/i18n/format";
import { openRequestsFor } from "~/reviews/consultation-requests.server";
import { Icon } from "~/ui/Icon";
import { listOwnLetters } from "~/letters/reading.server";
import { toRow } from "~/young-people/caseload.server";
import { getOwnYoungPerson, listCurrentAllocationNames } from "~/young-people/young-people.server";
import { Tag } from "~/ui/Tag";
import { offeredForms } from "~/organisations/settings.server";

export const handle: RouteHandle = { titleKey: "home:me.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const lng = requestLanguage(request, user);
  const person = getOwnYoungPerson(user);
  const today = todayInEngland();
  const row = toRow(person, lng, today);
  const people = listCurrentAllocationNames(person.id);
  const age = ageOn(person.dateOfBirth, today);
  const isCareLeaver = person.serviceArea === "care_leaver" || age >= 18;
  // Care leavers prepare for pathway plan reviews; young people from 16 also check living skills.
  // Only the forms the council offers (an IRO's request below is answered whatever the form).
  const forms = offeredForms(user.organisationId, [
    isCareLeaver ? "pathway-plan" : "getting-ready",
    "worried",
    "good-news",
    "change",
    ...(age >= 16 ? ["living-skills"] : []),
    // The simplest form, with the biggest pictures, for younger children.
    ...(age < 10 ? ["my-say"] : []),
  ]);
  const requests = openRequestsFor(user).map((r) => ({
    id: r.id,
    isFeedback: r.kind === "feedback",
    templateId: r.templateId,
    requestedBy: r.requestedBy,
    reviewOn: formatDate(r.reviewOn, lng),
    dueOn: formatDate(r.dueOn, lng),
  }));
  const letters = listOwnLetters(user);
  return json({
    notifications: listNotifications(user, lng),
    newLetters: letters.filter((l) => !l.readByMe).length,
    hasLetters: letters.length > 0,
    requests,
    givenName: row.givenName,
    nextReview: row.nextReviewPlanned ?? row.nextReviewDue,
    forms,
    socialWorker: people.find((p) => p.relationship === "social_worker")?.displayName ?? null,
    iro: people.find((p) => p.relationship === "iro")?.displayName ?? null,
  });
}

/** A speaker in a tile's corner: the tile's words, read aloud. */
function TileVoice({ stringKey, describedBy }: { stringKey: string; describedBy: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ReadAloud
      variant="icon"
      keys={[stringKey]}
      text={t(stringKey)}
      lang={i18n.language}
      describedBy={describedBy}
    />
  );
}

const tileIcon: Record<string, string> = {
  "getting-ready": "calendar",
  "pathway-plan": "calendar",
  worried: "worried",
  "good-news": "good-news",
  change: "change",
  "living-skills": "checklist",
  "my-say": "young-person",
};

export default function MyPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:me.greeting", { name: data.givenName })}</h1>
      <Notifications items={data.notifications} />
      {data.requests.map((r) => (
        <section key={r.id} className="panel request" aria-labelledby={`request-${r.id}`}>
          <h2 id={`request-${r.id}`} className="with-icon">
            <Icon name="calendar" size="large" />
            <span>
              {r.isFeedback
                ? t("home:me.feedback.title", { name: r.requestedBy })
                : t("home:me.request.title", { name: r.requestedBy, date: r.reviewOn })}
            </span>
          </h2>
          <p>{t("home:me.request.by", { date: r.dueOn })}</p>
          <Link className="button" to={`/me/start/${r.templateId}?request=${r.id}`}>
            {r.isFeedback ? t("home:me.feedback.start") : t("home:me.request.start")}
          </Link>
        </section>
      ))}
      <ul className="tiles">
        {data.forms.map((id) => (
          <li key={id}>
            <Link className="tile" id={`tile-${id}`} to={`/me/start/${id}`}>
              <Icon name={tileIcon[id] ?? "statements"} size="large" />
              <span>
                {t(`consultation:templates.${id}.title`)}
                {(id === "getting-ready" || id === "pathway-plan") && data.nextReview ? (
                  <span className="tile__note">
                    {t("home:me.nextReview", { date: data.nextReview })}
                  </span>
                ) : null}
              </span>
            </Link>
            <TileVoice
              stringKey={`consultation:templates.${id}.title`}
              describedBy={`tile-${id}`}
            />
          </li>
        ))}
        {data.hasLetters ? (
          <li>
            <Link className="tile" id="tile-letters" to="/me/letters">
              <Icon name="letter" size="large" />
              <span>
                {t("letters:me.tile")}
                {data.newLetters ? <Tag tone="soon"> {t("letters:me.new")}</Tag> : null}
              </span>
            </Link>
            <TileVoice stringKey="letters:me.tile" describedBy="tile-letters" />
          </li>
        ) : null}
        <li>
          <Link className="tile" id="tile-statements" to="/me/statements">
            <Icon name="statements" size="large" />
            <span>{t("consultation:ui.myStatements")}</span>
          </Link>
          <TileVoice stringKey="consultation:ui.myStatements" describedBy="tile-statements" />
        </li>
        <li>
          <Link className="tile" id="tile-my-things" to="/me/my-things">
            <Icon name="key" size="large" />
            <span>{t("mythings:tile")}</span>
          </Link>
          <TileVoice stringKey="mythings:tile" describedBy="tile-my-things" />
        </li>
        <li>
          <Link className="tile" id="tile-about" to="/about-my-review">
            <Icon name="reading" size="large" />
            <span>{t("about:title")}</span>
          </Link>
          <TileVoice stringKey="about:title" describedBy="tile-about" />
        </li>
        <li>
          <Link className="tile" id="tile-help" to="/help">
            <Icon name="help" size="large" />
            <span>{t("common:help.button")}</span>
          </Link>
          <TileVoice stringKey="common:help.button" describedBy="tile-help" />
        </li>
      </ul>
      {data.nextReview ? null : <p>{t("home:me.noReview")}</p>}
      <h2>{t("home:me.yourPeople")}</h2>
      <ul>
        {data.socialWorker ? (
          <li>{t("home:me.socialWorker", { name: data.socialWorker })}</li>
        ) : null}
        {data.iro ? <li>{t("home:me.iro", { name: data.iro })}</li> : null}
      </ul>
    </>
  );
}
