import type { LetterFields } from "../schema";
import type { Answers } from "~/consultation/answers";
import { optionsOf } from "~/consultation/options";
import { findTemplate } from "~/consultation/templates";
import type { Random } from "./history-plan";
import { pick } from "./history-plan";

/*
 * The words of the generated histories: answers to the real templates (codes, as the forms store
 * them), a few sentences young people and adults might write, and the decisions and letters of
 * reviews. All invented. Sentences in Arabic, Tigrinya and Afaan Oromo are short and plain.
 */

type Language = "en" | "ar" | "ti" | "om";
const asLanguage = (code: string): Language =>
  code === "ar" || code === "ti" || code === "om" ? code : "en";

const childWords: Record<Language, string[]> = {
  en: [
    "I want to see my brother more often.",
    "I like my new school but maths is hard.",
    "Can I stay up later at weekends?",
    "I would like to start football again.",
    "Things are better at home now.",
  ],
  ar: ["أريد أن أرى أخي أكثر.", "أحب مدرستي الجديدة.", "أريد أن ألعب كرة القدم."],
  ti: ["ኣብ ቤት ትምህርቲ ጽቡቕ ኣሎኹ", "ሓወይ ክርኢ እደሊ።", "ኩዕሶ እግሪ ክጻወት እደሊ።"],
  om: [
    "Mana barumsaatti gaarii dha.",
    "Obboleessa koo arguun barbaada.",
    "Kubbaa miilaa taphachuun barbaada.",
  ],
};

const adultWords = [
  "Settled well; sleeping better than last term.",
  "Enjoys cooking with us on Sundays.",
  "Attendance has improved since the new timetable.",
  "Would benefit from more time with grandparents.",
  "Dentist booked; health assessment still to arrange.",
  "Worried about the move to secondary school.",
];

const betterWords = [
  "Shorter meeting please.",
  "Could it be after school?",
  "I did not know everyone there.",
  "More time to talk on my own.",
];

/** Questions whose free text a generated form fills in (others are skipped, as many are). */
const writtenQuestions = new Set([
  "change",
  "anythingElse",
  "tellMore",
  "tellIroWords",
  "fromAdviser",
  "homeNotes",
  "healthNotes",
  "educationNotes",
  "familyTime",
  "childViews",
  "doingNotes",
  "plan",
  "discuss",
]);

/**
 * Answers to a template in its stored shape (answers.ts): codes from the question's own options
 * (never a "not safe" one unless `urgent`), faces weighted toward the happier end, free text now
 * and then, voice notes and private questions left out.
 */
export function answersFor(
  random: Random,
  templateId: string,
  language: string,
  options: { urgent?: boolean; onDate?: string; feedbackMood?: number } = {},
): Answers {
  const template = findTemplate(templateId)!;
  const lang = asLanguage(language);
  const answers: Answers = {};
  for (const question of template.questions) {
    const skip = random();
    const a = random();
    const b = random();
    if (question.private || question.kind === "voice-note") continue;
    const unsafe = new Set(question.unsafeCodes ?? []);
    if (options.urgent && unsafe.size) {
      answers[question.id] = question.kind === "pick-many" ? [[...unsafe][0]!] : [...unsafe][0]!;
      continue;
    }
    if (skip < 0.12 && template.audience !== "professional") continue;
    const codes = optionsOf(question)
      .map((o) => o.code)
      .filter((c) => !unsafe.has(c));
    switch (question.kind) {
      case "feelings":
        answers[question.id] = codes[Math.min(4, Math.floor(a * a * 5))]!;
        break;
      case "yes-no-unsure": {
        const mood = options.feedbackMood ?? 0.6;
        answers[question.id] = a < mood ? "yes" : a < mood + (1 - mood) / 2 ? "not-sure" : "no";
        break;
      }
      case "pick-one":
        answers[question.id] = codes[Math.floor(a * codes.length)]!;
        break;
      case "pick-many":
      case "people":
      case "rank": {
        const n = 1 + Math.floor(b * Math.min(3, question.kind === "rank" ? question.max : 3));
        const start = Math.floor(a * codes.length);
        answers[question.id] = Array.from(
          { length: Math.min(n, codes.length) },
          (_, i) => codes[(start + i * 2) % codes.length]!,
        ).filter((c, i, all) => all.indexOf(c) === i);
        break;
      }
      case "date":
        if (options.onDate) answers[question.id] = options.onDate;
        break;
      case "short-text":
      case "long-text":
        if (question.id === "better" && a < 0.3)
          answers[question.id] = { text: pick(random, betterWords), language: "en" };
        else if (writtenQuestions.has(question.id) && a < 0.35) {
          const adult = template.audience !== "young_person";
          answers[question.id] = adult
            ? { text: adultWords[Math.floor(b * adultWords.length)]!, language: "en" }
            : { text: childWords[lang][Math.floor(b * childWords[lang].length)]!, language: lang };
        }
        break;
    }
  }
  return answers;
}

/* ---- Reviews and letters ---- */

/** Decisions, with the same words in each language the demo's letters are written in. */
const decisionLines: Record<Language, string>[] = [
  {
    en: "You will stay living where you are.",
    ar: "ستبقى تعيش في المكان الذي تعيش فيه الآن.",
    ti: "ኣብቲ ሕጂ ትነብረሉ ቦታ ክትቕጽል ኢኻ።",
    om: "Bakka amma jirtutti jiraachuu itti fufta.",
  },
  {
    en: "You will have a health check this term.",
    ar: "ستجري فحصًا صحيًا هذا الفصل.",
    ti: "ኣብዚ ዘመን ትምህርቲ ምርመራ ጥዕና ክግበረልካ እዩ።",
    om: "Yeroo kana qorannoo fayyaa ni taasifta.",
  },
  {
    en: "You will see your family every two weeks.",
    ar: "سترى عائلتك كل أسبوعين.",
    ti: "ስድራኻ ኣብ ክልተ ሰሙን ሓደ ግዜ ክትርኢ ኢኻ።",
    om: "Maatii kee torban lama lamaan ni argita.",
  },
  {
    en: "Your school will make a plan for your learning.",
    ar: "ستضع مدرستك خطة لتعلمك.",
    ti: "ቤት ትምህርትኻ ንትምህርትኻ መደብ ክገብር እዩ።",
    om: "Manni barumsaa kee karoora barumsa keetiif ni baasa.",
  },
  {
    en: "We will find a club for you to join.",
    ar: "سنجد لك ناديًا لتنضم إليه.",
    ti: "ክትሓውሶ እትኽእል ክለብ ክንረክበልካ ኢና።",
    om: "Kilaba ati itti makamtu siif ni barbaanna.",
  },
  {
    en: "You can talk to an advocate if you want to.",
    ar: "يمكنك التحدث إلى مناصر إذا أردت.",
    ti: "እንተደሊኻ ምስ ተጣበቓይ ክትዛረብ ትኽእል።",
    om: "Yoo barbaadde abukaatoo wajjin dubbachuu dandeessa.",
  },
];

const nextWords: Record<Language, string> = {
  en: "I will see you at your next review. You can message me in Own Voice at any time.",
  ar: "سأراك في مراجعتك القادمة. يمكنك مراسلتي في Own Voice في أي وقت.",
  ti: "ኣብ ዝቕጽል ርኽክብካ ክርእየካ እየ። ኣብ Own Voice ኣብ ዝኾነ ግዜ ክትጽሕፈለይ ትኽእል።",
  om: "Gamaaggama kee itti aanu irratti si arga. Yeroo kamiyyuu Own Voice irratti naaf barreessuu dandeessa.",
};

/** Two or three decisions, in English as the IRO records them. */
export function drawDecisions(random: Random): number[] {
  const n = 2 + Math.floor(random() * 2);
  const start = Math.floor(random() * decisionLines.length);
  return Array.from({ length: n }, (_, i) => (start + i) % decisionLines.length);
}

export const decisionText = (index: number) => decisionLines[index]!.en;

/** A letter's fields (English) and its translation into the child's language (empty for English). */
export function letterWords(decisions: number[], language: string, decidedBy: string) {
  const lang = asLanguage(language);
  const fields: LetterFields = { next: nextWords.en };
  const translation: LetterFields = lang === "en" ? {} : { next: nextWords[lang] };
  decisions.forEach((line, i) => {
    fields[`decided.${i}.text`] = decisionLines[line]!.en;
    fields[`decided.${i}.by`] = decidedBy;
    if (lang !== "en") translation[`decided.${i}.text`] = decisionLines[line]![lang];
  });
  return { language: lang, fields, translation };
}
