import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  letterReads,
  letters,
  letterVersions,
  reviewMeetings,
  reviews,
  users,
  type LetterFacts,
  type LetterFields,
} from "#db/schema";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { answerRows } from "~/consultation/answer-rows.server";
import { answersBeyondReaders, type Answers } from "~/consultation/answers";
import { templateOf } from "~/consultation/statements.server";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { getLanguage, isLanguageCode } from "~/i18n/languages";
import { notify } from "~/notifications/notifications.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { reviewCompletedOn } from "~/reviews/series";
import {
  allocatedReviewsWhere,
  getAllocatedReview,
  listReviewsOf,
  reviewPreparation,
  type AllocatedReview,
} from "~/reviews/preparation.server";
import { organisationSettings } from "~/organisations/settings.server";
import { addWorkingDays } from "~/dates/working-days";
import { currentlyAllocated, getOwnYoungPerson } from "~/young-people/young-people.server";
import {
  decisionsOf,
  englishChanged,
  fullyTranslated,
  letterSections,
  maxDecisions,
  translatableKeys,
} from "./sections";

/*
 * Letters to children (DESIGN.md "letters and letter_versions"): the IRO drafts a letter about a
 * held review; a translator translates it when the child reads another language; issuing freezes
 * a version for good; a correction is a new version with a reason. The child reads it in their
 * language (or English), and the IRO sees that it was read.
 */

function audit(
  request: Request,
  user: SignedIn,
  action: AuditAction,
  letter: { id: string; youngPersonId: string },
) {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "letter",
    subjectId: letter.id,
    youngPersonId: letter.youngPersonId,
  });
}

/** A held review of a child allocated to this IRO; anything else is 404 (or 409 if not held). */
function heldReview(user: SignedIn, reviewId: string | undefined) {
  if (user.role !== "iro") throw notFound();
  const item = getAllocatedReview(user, reviewId);
  if (item.review.status !== "held") throw new Response("Review not held", { status: 409 });
  return item;
}

/**
 * The day a letter is due: the local standard in working days from the day the review was
 * completed (its last meeting: a letter cannot be written before then).
 */
export function letterDueOn(heldOn: string, withinDays: number, closureDays: readonly string[]) {
  return addWorkingDays(heldOn, withinDays, closureDays);
}

function findLetter(reviewId: string) {
  return getDb().select().from(letters).where(eq(letters.reviewId, reviewId)).get();
}

function versionsOf(letterId: string) {
  return getDb()
    .select({
      id: letterVersions.id,
      number: letterVersions.number,
      issuedAt: letterVersions.issuedAt,
      reason: letterVersions.reason,
      shareWithCarer: letterVersions.shareWithCarer,
      issuedBy: users.displayName,
    })
    .from(letterVersions)
    .innerJoin(users, eq(users.id, letterVersions.issuedBy))
    .where(eq(letterVersions.letterId, letterId))
    .orderBy(asc(letterVersions.number))
    .all();
}

/** The words an answer gives, in English, for the IRO's summary of what the child said. */
function answerWords(answer: unknown, t: ReturnType<typeof fixedT>): string {
  if (typeof answer === "string") return t(`consultation:options.${answer}`);
  if (Array.isArray(answer)) return answer.map((c) => t(`consultation:options.${c}`)).join(", ");
  const value = answer as { text?: string; voiceNoteId?: string };
  if (value.text) return `“${value.text}”`;
  return t("consultation:ui.voiceNote").toLowerCase();
}

/** A first draft from what the app knows: who came, how the child took part, what they said, the decisions. */
function prefill(user: SignedIn, item: AllocatedReview): LetterFields {
  const { review } = item;
  const t = fixedT("en");
  const said = reviewPreparation(user, review.id)
    .prep.statements.filter((s) => {
      const template = templateOf(s);
      return template.audience === "young_person" && s.templateId !== "letter-reply";
    })
    .flatMap((s) =>
      answerRows(
        // A letter is read by a translator and maybe a carer: private answers stay out of it.
        { ...s, answers: answersBeyondReaders(templateOf(s), s.answers as Answers) },
        item.dateOfBirth,
        review.heldOn ?? todayInEngland(),
        "en",
        { answeredOnly: true },
      ).map((row) => `${row.text} ${answerWords(row.answer, t)}.`),
    );
  const took = [
    review.childAttended
      ? review.childChaired
        ? "You came to your review and you chaired it. Well done."
        : "You came to your review."
      : "You did not come to the meeting.",
    review.viewsConveyed === "own-voice-statement"
      ? "We read what you sent me before the meeting."
      : review.viewsConveyed === "spoke" || review.viewsConveyed === "symbols"
        ? "You told us what you think."
        : review.viewsConveyed === "advocate"
          ? "Your advocate told us what you think."
          : "",
    review.attendees?.length ? `These people came: ${review.attendees.join(", ")}.` : "",
  ];
  const fields: LetterFields = {
    about: took.filter(Boolean).join(" "),
    youSaid: said.join("\n"),
  };
  (review.decisions ?? []).slice(0, maxDecisions).forEach((decision, i) => {
    fields[`decided.${i}.text`] = decision;
  });
  return fields;
}

/** The dates and names a letter states, from the record as it is now. */
function factsFor(item: AllocatedReview, iroName: string): LetterFacts {
  const meetings = getDb()
    .select({ heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .where(eq(reviewMeetings.reviewId, item.review.id))
    .orderBy(asc(reviewMeetings.heldOn))
    .all()
    .map((m) => m.heldOn);
  const next = listReviewsOf(item.review.youngPersonId)
    .filter((r) => r.status === "planned")
    .at(-1);
  return {
    childName: item.givenName,
    iroName,
    meetings: meetings.length ? meetings : [item.review.heldOn!],
    place: item.review.place,
    nextReviewDue: next?.dueOn ?? null,
  };
}

/** The IRO's letter page: the saved draft, or a first draft not yet saved. */
export function letterForIro(user: SignedIn, reviewId: string | undefined) {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  const settings = organisationSettings(user.organisationId);
  const language = letter?.language ?? item.preferredLanguage;
  const versions = letter ? versionsOf(letter.id) : [];
  const reads = versions.length
    ? getDb()
        .select({ versionId: letterReads.versionId, at: letterReads.at, name: users.displayName })
        .from(letterReads)
        .innerJoin(users, eq(users.id, letterReads.userId))
        .where(
          and(
            inArray(
              letterReads.versionId,
              versions.map((v) => v.id),
            ),
            eq(users.role, "young_person"),
          ),
        )
        .orderBy(asc(letterReads.at))
        .all()
    : [];
  const translator = letter?.translatedBy
    ? getDb()
        .select({ name: users.displayName })
        .from(users)
        .where(eq(users.id, letter.translatedBy))
        .get()?.name
    : null;
  return {
    item,
    letter,
    language,
    fields: letter?.fields ?? prefill(user, item),
    translation: letter?.translation ?? {},
    translatedAt: letter?.translatedAt ?? null,
    translator,
    needsTranslation: language !== "en",
    dueOn:
      letter?.dueOn ??
      letterDueOn(reviewCompletedOn(item.review)!, settings.letterWithinDays, settings.closureDays),
    facts: factsFor(item, user.displayName),
    versions: versions.map((v) => ({
      ...v,
      firstRead: reads.find((r) => r.versionId === v.id) ?? null,
    })),
  };
}

/** Saves the draft. Changing the English after it was translated asks for the translation again. */
export function saveLetter(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  fields: LetterFields,
) {
  const item = heldReview(user, reviewId);
  const settings = organisationSettings(user.organisationId);
  const db = getDb();
  const existing = findLetter(item.review.id);
  if (!existing) {
    const created = db
      .insert(letters)
      .values({
        organisationId: user.organisationId,
        reviewId: item.review.id,
        youngPersonId: item.review.youngPersonId,
        authorUserId: user.id,
        language: isLanguageCode(item.preferredLanguage) ? item.preferredLanguage : "en",
        fields,
        dueOn: letterDueOn(
          reviewCompletedOn(item.review)!,
          settings.letterWithinDays,
          settings.closureDays,
        ),
      })
      .onConflictDoNothing()
      .returning()
      .get();
    if (created) {
      audit(request, user, "letter_drafted", created);
      return created;
    }
  }
  const letter = existing ?? findLetter(item.review.id)!;
  const stale = letter.translatedAt && englishChanged(letter.fields, fields);
  return db
    .update(letters)
    .set({ fields, ...(stale ? { translatedAt: null } : {}) })
    .where(eq(letters.id, letter.id))
    .returning()
    .get();
}

export type IssueResult =
  { ok: true; number: number } | { ok: false; errors: Record<string, string> };

/**
 * Issues the saved draft as a new version: frozen, dated, numbered. The first needs no reason;
 * a correction does. A letter in another language needs its translation done first.
 */
export function issueLetter(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  options: { reason: string; shareWithCarer: boolean },
  now = new Date(),
): IssueResult {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  if (!letter) return { ok: false, errors: { next: "letters:errors.empty" } };
  if (!decisionsOf(letter.fields).length && !letter.fields.next?.trim())
    return { ok: false, errors: { next: "letters:errors.empty" } };
  if (
    letter.language !== "en" &&
    (!letter.translatedAt || !fullyTranslated(letter.fields, letter.translation))
  )
    return { ok: false, errors: { translation: "letters:errors.notTranslated" } };
  const db = getDb();
  const number = db.transaction((tx) => {
    const last = tx
      .select({ number: letterVersions.number })
      .from(letterVersions)
      .where(eq(letterVersions.letterId, letter.id))
      .orderBy(desc(letterVersions.number))
      .get();
    const next = (last?.number ?? 0) + 1;
    if (next > 1 && !options.reason.trim()) return 0;
    tx.insert(letterVersions)
      .values({
        organisationId: user.organisationId,
        letterId: letter.id,
        number: next,
        issuedAt: now.toISOString(),
        issuedBy: user.id,
        reason: next > 1 ? options.reason.trim() : null,
        language: letter.language,
        fields: letter.fields,
        translation: letter.language === "en" ? {} : letter.translation,
        facts: factsFor(item, user.displayName),
        shareWithCarer: options.shareWithCarer,
      })
      .run();
    if (item.youngPersonUserId) {
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: item.youngPersonUserId,
          kind: "letter",
          link: `/me/letters/${letter.id}`,
          dedupeKey: `letter:${letter.id}:${next}`,
        },
        tx,
      );
    }
    return next;
  });
  if (!number) return { ok: false, errors: { reason: "letters:errors.reason" } };
  audit(request, user, "letter_issued", letter);
  return { ok: true, number };
}

/* ---- Reading an issued letter ---- */

type VersionRow = typeof letterVersions.$inferSelect;

export type LetterSectionView = {
  id: string;
  icon: string;
  heading: string;
  fixed: string[];
  text: string | null;
  decisions: { text: string; fixed: string }[];
};

/**
 * A version as its reader sees it: headings, fixed sentences and dates in `lng`, the IRO's words
 * in the child's language (the translation) or, when `lng` is English, as written.
 */
export function renderLetter(
  version: Pick<VersionRow, "fields" | "translation" | "facts">,
  lng: string,
) {
  const language = isLanguageCode(lng) ? lng : "en";
  const t = fixedT(language, "letters");
  const words = language === "en" ? version.fields : version.translation;
  const say = (key: string) => {
    const text = (words[key] ?? version.fields[key] ?? "").trim();
    return text || null;
  };
  const date = (d: string) => formatDate(d, language);
  const { facts } = version;
  const decisions = decisionsOf(version.fields).map((d) => {
    const who = say(`decided.${d.index}.who`) ?? "";
    return {
      text: say(`decided.${d.index}.text`) ?? d.text,
      fixed: who
        ? d.by && /^\d{4}-\d{2}-\d{2}$/.test(d.by)
          ? t("fixed.decision", { who, date: date(d.by) })
          : t("fixed.decisionNoDate", { who })
        : "",
    };
  });
  const fixedFor: Record<string, string[]> = {
    about: [
      t("fixed.meetings", {
        count: facts.meetings.length,
        dates: facts.meetings.map(date).join(", "),
      }),
      ...(facts.place ? [t("fixed.place", { place: facts.place })] : []),
    ],
    nextReview: facts.nextReviewDue
      ? [t("fixed.nextReview", { date: date(facts.nextReviewDue) })]
      : [],
    contact: [t("fixed.contact", { name: facts.iroName })],
    complain: [t("fixed.complain")],
  };
  const sections: LetterSectionView[] = letterSections
    .map(({ id, icon }) => ({
      id,
      icon,
      heading: t(`sections.${id}`),
      fixed: fixedFor[id] ?? [],
      text: id === "decided" ? null : say(id),
      decisions: id === "decided" ? decisions : [],
    }))
    .filter((s) => s.fixed.length || s.text || s.decisions.length);
  return {
    lang: language,
    dir: getLanguage(language).dir,
    greeting: t("fixed.greeting", { name: facts.childName }),
    signOff: t("fixed.signOff", { name: facts.iroName }),
    sections,
  };
}

export type RenderedLetter = ReturnType<typeof renderLetter>;

/** The letters to this young person: each with its latest issued version. */
export function listOwnLetters(user: SignedIn) {
  const person = getOwnYoungPerson(user);
  return lettersOf([person.id], user.id);
}

function lettersOf(youngPersonIds: string[], readerId: string, onlyShared = false) {
  if (!youngPersonIds.length) return [];
  const latest = sql`${letterVersions.number} = (select max(v.number) from ${letterVersions} v
    where v.letter_id = ${letters.id})`;
  return getDb()
    .select({
      letterId: letters.id,
      youngPersonId: letters.youngPersonId,
      number: letterVersions.number,
      issuedAt: letterVersions.issuedAt,
      heldOn: reviews.heldOn,
      iroName: users.displayName,
      shareWithCarer: letterVersions.shareWithCarer,
      readByMe: sql<number>`exists (select 1 from ${letterReads} r
        where r.version_id = ${letterVersions.id} and r.user_id = ${readerId})`,
    })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .innerJoin(reviews, eq(reviews.id, letters.reviewId))
    .innerJoin(users, eq(users.id, letterVersions.issuedBy))
    .where(
      and(
        inArray(letters.youngPersonId, youngPersonIds),
        latest,
        onlyShared ? eq(letterVersions.shareWithCarer, true) : undefined,
      ),
    )
    .orderBy(desc(letterVersions.issuedAt))
    .all();
}

/** The review an issued letter to this young person is about (their reply is linked to it), or 404. */
export function ownLetterReview(user: SignedIn, letterId: string): { reviewId: string } {
  const person = getOwnYoungPerson(user);
  const row = getDb()
    .select({ reviewId: letters.reviewId })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .where(and(eq(letters.id, letterId), eq(letters.youngPersonId, person.id)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** One letter to this young person (latest version, or `number`): opening it is recorded. */
export function readOwnLetter(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number?: number,
) {
  const person = getOwnYoungPerson(user);
  const found = findIssuedLetter(user, letterId, number, eq(letters.youngPersonId, person.id));
  recordRead(request, user, found);
  return found;
}

/**
 * A carer reads a letter only while the child lives with them, only its latest version, and only
 * if the child agreed (when that version was issued) that the carer may. Anyone else: 404.
 */
export function readCarerLetter(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number?: number,
) {
  if (user.role !== "carer") throw notFound();
  const found = findIssuedLetter(
    user,
    letterId,
    number,
    currentlyAllocated(user, letters.youngPersonId),
  );
  // Decided before the read is recorded: a carer turned away has read nothing.
  if (found.version.number !== found.latest.number || !found.latest.shareWithCarer)
    throw notFound();
  recordRead(request, user, found);
  return found;
}

/** The letters carers may read: children placed with them now, latest versions shared. */
export function carerLetters(user: SignedIn, youngPersonIds: string[]) {
  return lettersOf(youngPersonIds, user.id, true);
}

/** An issued letter within `scope` with its versions, or 404. Records nothing: callers decide first. */
function findIssuedLetter(
  user: SignedIn,
  letterId: string | undefined,
  number: number | undefined,
  scope: ReturnType<typeof eq>,
) {
  if (!letterId) throw notFound();
  const db = getDb();
  const letter = db
    .select()
    .from(letters)
    .where(and(eq(letters.id, letterId), eq(letters.organisationId, user.organisationId), scope))
    .get();
  if (!letter) throw notFound();
  const versions = db
    .select()
    .from(letterVersions)
    .where(eq(letterVersions.letterId, letter.id))
    .orderBy(asc(letterVersions.number))
    .all();
  if (!versions.length) throw notFound();
  const latest = versions.at(-1)!;
  const version = number === undefined ? latest : versions.find((v) => v.number === number);
  if (!version) throw notFound();
  return { letter, version, latest, versions };
}

/** The read receipt the IRO sees, and its audit event; only once access has been decided. */
function recordRead(
  request: Request,
  user: SignedIn,
  found: { letter: typeof letters.$inferSelect; version: VersionRow },
) {
  getDb().insert(letterReads).values({ versionId: found.version.id, userId: user.id }).run();
  audit(request, user, "letter_read", found.letter);
}

/** An issued version for the IRO who may see the review (no read is recorded for the IRO's own look). */
export function iroLetterVersion(user: SignedIn, reviewId: string | undefined, number: number) {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  if (!letter) throw notFound();
  const version = getDb()
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.letterId, letter.id), eq(letterVersions.number, number)))
    .get();
  if (!version) throw notFound();
  return { item, letter, version };
}

/**
 * The IRO opens an issued version: no read receipt (that is the child's), but an audit event,
 * as every look at a child's letter has one.
 */
export function openIroLetterVersion(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  number: number,
) {
  const found = iroLetterVersion(user, reviewId, number);
  audit(request, user, "letter_opened", found.letter);
  return found;
}

/**
 * The IRO's letter page, audited: even before a draft is saved it shows the child's words (the
 * first draft is made from them), so the opening is recorded against the review.
 */
export function openLetterForIro(request: Request, user: SignedIn, reviewId: string | undefined) {
  const data = letterForIro(user, reviewId);
  recordAudit(request, {
    action: "letter_opened",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: data.letter ? "letter" : "review",
    subjectId: data.letter?.id ?? data.item.review.id,
    youngPersonId: data.item.review.youngPersonId,
  });
  return data;
}

/**
 * An issued version for whoever may read it: the child (recorded as read), the IRO of the review,
 * or a carer the child agreed to share the latest version with. Anyone else: 404.
 */
export function letterVersionForReader(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number: number,
) {
  if (user.role === "young_person") return readOwnLetter(request, user, letterId, number);
  if (user.role === "carer") return readCarerLetter(request, user, letterId, number);
  if (user.role === "iro" && letterId) {
    const letter = getDb()
      .select({ reviewId: letters.reviewId })
      .from(letters)
      .where(and(eq(letters.id, letterId), eq(letters.organisationId, user.organisationId)))
      .get();
    if (!letter) throw notFound();
    return iroLetterVersion(user, letter.reviewId, number);
  }
  throw notFound();
}

/** A version's PDF for whoever may read it. The download is audited: the letter leaves the app. */
export async function letterPdfFor(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number: number,
): Promise<Buffer> {
  const { letter, version } = letterVersionForReader(request, user, letterId, number);
  audit(request, user, "letter_pdf_downloaded", letter);
  return letterPdf(version);
}

/** The PDF of a version: the child's language first, then the English (when they differ). */
export async function letterPdf(version: VersionRow): Promise<Buffer> {
  const { htmlToPdf, letterHtml } = await import("./pdf.server");
  const languages = version.language === "en" ? ["en"] : [version.language, "en"];
  return htmlToPdf(
    letterHtml(
      languages.map((lng) => {
        const language = isLanguageCode(lng) ? lng : "en";
        const t = fixedT(language, "letters");
        const issued = formatDate(todayInEngland(new Date(version.issuedAt)), language);
        const meta = [
          t("fixed.version", { n: version.number, date: issued }),
          version.reason ? t("fixed.updated", { date: issued, reason: version.reason }) : "",
        ]
          .filter(Boolean)
          .join(" · ");
        return { letter: renderLetter(version, language), meta };
      }),
    ),
  );
}

/* ---- Translators ---- */

/*
 * A translator sees a letter only while it waits for their translation: in the organisation, for
 * a child who reads another language, not yet marked translated. Never an issued version, and
 * nothing about the child beyond the words to translate (no name, no review, no statements).
 */
function waitingForTranslation(user: SignedIn) {
  return and(
    eq(letters.organisationId, user.organisationId),
    sql`${letters.language} <> 'en'`,
    isNull(letters.translatedAt),
  );
}

/** Letters waiting for a translation in the translator's organisation, oldest due first. */
export function lettersToTranslate(user: SignedIn) {
  if (user.role !== "translator") return [];
  return getDb()
    .select({ id: letters.id, language: letters.language, dueOn: letters.dueOn })
    .from(letters)
    .where(waitingForTranslation(user))
    .orderBy(asc(letters.dueOn))
    .all();
}

/** A letter waiting for this translator's translation, with only what translating needs; else 404. */
export function letterForTranslator(user: SignedIn, letterId: string | undefined) {
  if (user.role !== "translator" || !letterId) throw notFound();
  const letter = getDb()
    .select({
      id: letters.id,
      // For the audit trail only; never sent to the page.
      youngPersonId: letters.youngPersonId,
      language: letters.language,
      dueOn: letters.dueOn,
      fields: letters.fields,
      translation: letters.translation,
    })
    .from(letters)
    .where(and(eq(letters.id, letterId), waitingForTranslation(user)))
    .get();
  if (!letter) throw notFound();
  return { letter };
}

/** The translator opens a letter to translate it: the IRO's words about a child, so audited. */
export function openLetterForTranslator(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
) {
  const row = letterForTranslator(user, letterId);
  audit(request, user, "letter_opened", row.letter);
  return row;
}

/** Saves the translation; `done` marks it ready (every part must be translated). */
export function saveTranslation(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  translation: LetterFields,
  done: boolean,
): { ok: true } | { ok: false; errors: Record<string, string> } {
  const { letter } = letterForTranslator(user, letterId);
  const complete = fullyTranslated(letter.fields, translation);
  getDb()
    .update(letters)
    .set({
      translation,
      ...(done && complete
        ? { translatedAt: new Date().toISOString(), translatedBy: user.id }
        : { translatedAt: null }),
    })
    .where(eq(letters.id, letter.id))
    .run();
  if (done) audit(request, user, "letter_translated", letter);
  if (done && !complete) {
    const missing = Object.fromEntries(
      translatableKeys(letter.fields)
        .filter((k) => !translation[k]?.trim())
        .map((k) => [k, "letters:errors.missingTranslation"]),
    );
    return { ok: false, errors: missing };
  }
  return { ok: true };
}

/* ---- Letters due ---- */

/** Held reviews in the last 3 months whose letter is not issued yet: the queue's "letters to write". */
export function lettersDue(user: SignedIn, today = todayInEngland()) {
  if (user.role !== "iro") return [];
  const settings = organisationSettings(user.organisationId);
  return allocatedReviewsWhere(
    user,
    and(
      eq(reviews.status, "held"),
      gte(reviews.heldOn, addDays(today, -90)),
      sql`not exists (select 1 from ${letters} l inner join ${letterVersions} v on v.letter_id = l.id
        where l.review_id = ${reviews.id})`,
    ),
    today,
  ).map((r) => ({
    reviewId: r.review.id,
    name: `${r.givenName} ${r.familyName}`,
    dueOn: letterDueOn(
      reviewCompletedOn(r.review)!,
      settings.letterWithinDays,
      settings.closureDays,
    ),
  }));
}
