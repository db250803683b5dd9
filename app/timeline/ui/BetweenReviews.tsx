import { useTranslation } from "react-i18next";
import { ContactList } from "~/contacts/ui/ContactList";
import { MidwaySection } from "~/midway/ui/MidwayDue";
import { Notice } from "~/ui/Notice";
import type { BetweenReviews as Data } from "../child-page.server";
import { Timeline } from "./Timeline";

/** The IRO's child page, between reviews: midway check due, contacts, timeline. */
export function BetweenReviews({ youngPersonId, data }: { youngPersonId: string; data: Data }) {
  const { t } = useTranslation();
  return (
    <>
      {data.saved ? (
        <Notice>
          {t(data.saved === "midway" ? "midway:page.recorded" : "midway:contacts.page.logged")}
        </Notice>
      ) : null}
      <MidwaySection youngPersonId={youngPersonId} panel={data.midway} />
      <ContactList youngPersonId={youngPersonId} contacts={data.contacts} />
      <Timeline entries={data.timeline.entries} filter={data.timeline.filter} />
    </>
  );
}
