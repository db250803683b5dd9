import { addDays, ageOn } from "~/dates/calendar";
import { addMonths, addWorkingDays } from "~/dates/working-days";
import { useLevel, workingDayOnOrBefore } from "./history-plan";
import type { HistoryWriter } from "./history-rows";

/**
 * Between reviews: good news, worries, changes, "my say" and living skills, as often as the app
 * is used that month (`useLevel`); and a few urgent worries a year, most acknowledged within
 * hours, a few the next working morning.
 */
export function addStatementsBetween(w: HistoryWriter) {
  const { person, since, today, random, closures, rows, organisationId, now } = w;
  const { at, plusMinutes, send, childSharing, iroOn } = w;
  const windowStart = addMonths(today, -36);
  const urgentChance = (w.urgentWorriesPerYear ?? w.people.length / 8) / 12 / w.people.length;
  if (!person.userId) return;
  const from = since > windowStart ? since : windowStart;
  for (
    let month = from.slice(0, 7);
    month <= today.slice(0, 7);
    month = addMonths(`${month}-01`, 1).slice(0, 7)
  ) {
    const day = addDays(`${month}-01`, Math.floor(random() * 28));
    if (day < from || day >= today) continue;
    const age = ageOn(person.dateOfBirth, day);
    if (age < 4) continue;
    const level = useLevel(day, today);
    const forms: [string, number, boolean][] = [
      ["good-news", 0.22, age >= 8],
      ["worried", 0.09, age >= 8],
      ["change", 0.07, age >= 8],
      ["my-say", 0.16, age < 13],
      ["living-skills", 0.18, age >= 16],
    ];
    for (const [templateId, chance, fits] of forms) {
      if (!fits || random() >= chance * level) continue;
      send({
        author: person.userId,
        templateId,
        day:
          addDays(day, Math.floor(random() * 3)) < today
            ? addDays(day, Math.floor(random() * 3))
            : day,
        sharing: childSharing(),
        helpedBy: age < 8 || random() < 0.1 ? person.socialWorker.userId : null,
      });
    }
    // Urgent worries do not follow the app's popularity: a few a year (`urgentWorriesPerYear`).
    const workday = workingDayOnOrBefore(day, closures);
    if (age >= 8 && random() < urgentChance && workday >= from) {
      const raisedAt = at(workday, 9, 6);
      const { id } = send({
        author: person.userId,
        templateId: "worried",
        day: workday,
        sentAt: raisedAt,
        sharing: "iro",
        urgent: true,
      });
      const nextMorning = `${addWorkingDays(workday, 1, closures)}T09:${String(10 + Math.floor(random() * 40))}:00.000Z`;
      const acknowledgedAt =
        random() < 0.9 ? plusMinutes(raisedAt, 15 + Math.floor(random() * 200)) : nextMorning;
      rows.alerts.push({
        organisationId,
        statementId: id,
        youngPersonId: person.youngPersonId,
        raisedAt,
        acknowledgedBy: acknowledgedAt < now ? iroOn(workday).userId : null,
        acknowledgedAt: acknowledgedAt < now ? acknowledgedAt : null,
      });
    }
  }
}
