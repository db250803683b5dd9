import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { optionsOf } from "~/consultation/options";
import type { Template } from "~/consultation/template-schema";
import { templates } from "~/consultation/templates";
import { flattenKeys } from "~/i18n/keys";
import { namespaces } from "~/i18n/languages";

type Strings = Map<string, string>;

function strings(code: string): Strings {
  const out: Strings = new Map();
  for (const ns of namespaces) {
    const tree = JSON.parse(
      readFileSync(path.resolve("locales", code, `${ns}.json`), "utf8"),
    ) as Record<string, unknown>;
    for (const key of flattenKeys(tree)) {
      const value = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
      out.set(`${ns}:${key}`, String(value));
    }
  }
  return out;
}

/** The question that raises the urgent alert, and its answers. */
const safetyKeys = [
  "consultation:worried.safeNow.text",
  "consultation:options.safe",
  "consultation:options.not-safe",
  "consultation:options.scared",
];

/** Everything a frightened child reads around that question. */
const safetyHelpKeys = [
  ...safetyKeys,
  "consultation:ui.urgentNotice",
  "consultation:ui.sentUrgent",
  "consultation:ui.helpNowTitle",
  "common:help.button",
  "common:help.title",
  "common:help.intro",
  "common:help.emergencyBody",
];

/**
 * Everyday greetings and their replies ("Are you well?" / "I'm fine"): a child answers them by
 * reflex, so they must never carry the safety question.
 */
const greetings: Record<string, string[]> = {
  om: ["nagaa qabda", "nagaan jirta", "nagaan jira", "nagaa hin qabu", "akkam jirta", "fayyaa"],
  ar: ["بخير", "كيف حالك", "السلام عليك", "مرحب", "الحمد لله"],
  ti: ["ከመይ", "ሰላም", "ደሓን", "ጽቡቕ ዲኻ"],
};

describe("the safety question reads as a question about harm, never as a greeting", () => {
  for (const [code, phrases] of Object.entries(greetings)) {
    it(`${code}: no greeting in the question, its answers or the help around it`, () => {
      const text = strings(code);
      const found = safetyHelpKeys.flatMap((key) =>
        phrases
          .filter((phrase) => text.get(key)?.toLowerCase().includes(phrase.toLowerCase()))
          .map((phrase) => `${key} contains "${phrase}"`),
      );
      expect(found).toEqual([]);
    });
  }

  it("om: asks whether the child is safe from danger or harm right now", () => {
    const om = strings("om");
    const question = om.get("consultation:worried.safeNow.text")!;
    expect(question).not.toBe("Amma nagaa qabdaa?");
    expect(question).toMatch(/\bamma\b/i);
    expect(question).toMatch(/balaa|miidhaa/);
    expect(question).toMatch(/nageenya/);
    expect(om.get("consultation:options.safe")).toMatch(/nageenya/);
    expect(om.get("consultation:options.not-safe")).toMatch(/nageenya/);
  });

  it("ar and ti: ask about safety (أمان / ውሕስነት), not about feeling well", () => {
    expect(strings("ar").get("consultation:worried.safeNow.text")).toMatch(/أمان/);
    const ti = strings("ti");
    expect(ti.get("consultation:worried.safeNow.text")).toMatch(/ሓደጋ/);
    for (const key of safetyKeys) expect(ti.get(key), key).toMatch(/ውሕስነት/);
  });
});

/** Keys a child or young person reads. Adults' forms, IRO pages and letters' editing are left out. */
const childFacing: RegExp[] = [
  /^consultation:templates\.(getting-ready|pathway-plan|living-skills|worried|good-news|change|my-say|letter-reply|feedback)\./,
  /^consultation:(getting-ready|pathway-plan|living-skills|worried|good-news|change|my-say|letter-reply|feedback)\./,
  /^consultation:options\.(feeling-|not-sure|safe|not-safe|scared|agree-all|disagree-something)/,
  /^consultation:errors\.(?!reply|translation)/,
  /^consultation:ui\.(?!needsInterpreter|sendToAdults)/,
  /^consultation:sharing\./,
  /^common:(skipLink$|yes$|no$|(language|help|exit|errorPage|footer|nav|dialog|error|tooLong)\.)/,
  /^auth:/,
  /^home:me\./,
  /^letters:(sections|fixed|me)\./,
  /^about:/,
];

/**
 * The young person's own forms, read from the templates (so a new form is covered the day it is
 * added): titles and intros, every question in every age's wording, and every picture's word,
 * including the five faces of a feelings question.
 */
function childFormKeys(only: (template: Template) => boolean = () => true): string[] {
  return templates
    .filter((template) => template.audience === "young_person" && only(template))
    .flatMap((template) => [
      `consultation:templates.${template.id}.title`,
      `consultation:templates.${template.id}.intro`,
      ...template.questions.flatMap((question) => [
        `consultation:${template.id}.${question.id}.text`,
        `consultation:${template.id}.${question.id}.teen`,
        ...optionsOf(question).map((option) => `consultation:options.${option.code}`),
      ]),
    ]);
}

function childStrings(code: string): [string, string][] {
  const forms = new Set(childFormKeys());
  return [...strings(code)].filter(
    ([key]) => forms.has(key) || childFacing.some((re) => re.test(key)),
  );
}

/**
 * Arabic forms that speak only to a boy: masculine second-person verbs and imperatives, masculine
 * adjectives for the child, and a written fatha on a second-person past ending (قلتَ).
 */
const arabicMasculine = new Set(
  "تشعر تحب تحبها تريد تريده تريدها تعيش تستمتع تتكلم تقول تقوله تخبر تخبرنا تطلب تتواصل تثق تفكّر تسجّل تغيّر تغيّره ترسل ترسلها تسحبه تحصل تنتهي تكون تكن توافق تختار تقع تتدبّر تتخطّى تقود اختر اكتب أخبر أخبرنا أخبرهم قل قُلْه اضغط سجّل غيّر اسحبه احفظ اذهب اخرج اطلب اتصل حاول انتظر تأكّد ارجع أعد استخدم استخدمه تذكّر ابدأ ضع تخطَّ توقّف استمع تكلّم اجعله اجعل اقرأ اسمع ادخل انقر سعيد سعيدًا حزين متأكدًا جاهزًا خائف خائفًا وحيد وحيدًا آمن آمنًا مستعد مستعدًا".split(
    " ",
  ),
);

function arabicMasculineWords(text: string): string[] {
  return text
    .split(/[\s،.؟!:;«»()"“”/]+/)
    .filter(
      (word) =>
        arabicMasculine.has(word) ||
        (/^[وف]/.test(word) && arabicMasculine.has(word.slice(1))) ||
        /تَ$/.test(word),
    );
}

/** Tigrinya masculine-singular "you/your" endings (-ካ, -ኻ) and imperatives seen in the old text. */
const tigrinyaMasculine = new Set(
  "ውሑስ ምረጽ ንገሮ ጠውቕ ተዛረብ ዓቅብ ንገረና ትፈቱ ጽሓፍ ስደድ ቀጽል ኪድ ሕለፍ ደውል ፈትን ውጻእ ተመለስ ኣንብብ ኣንብበለይ ስማዕ ቀይር ዕጸው ርኸብ እቶ".split(
    " ",
  ),
);

function tigrinyaMasculineWords(text: string): string[] {
  return text
    .split(/[\s።፡፣፤፥፦?!«»()“”]+/)
    .filter((word) => /[ካኻ]$/.test(word) || tigrinyaMasculine.has(word));
}

describe("child-facing text addresses a girl as much as a boy", () => {
  it("ar: no masculine-only verbs, imperatives or adjectives for the child", () => {
    const found = childStrings("ar").flatMap(([key, value]) =>
      arabicMasculineWords(value).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it("ar: every feelings question asks with a noun (ما شعورك), every face answers as “I”", () => {
    const ar = strings("ar");
    const feelingsQuestions = templates
      .filter((template) => template.audience === "young_person")
      .flatMap((template) =>
        template.questions
          .filter((question) => question.kind === "feelings")
          .flatMap((question) => [
            `consultation:${template.id}.${question.id}.text`,
            `consultation:${template.id}.${question.id}.teen`,
          ]),
      )
      .filter((key) => ar.has(key));
    expect(feelingsQuestions.length).toBeGreaterThan(5);
    for (const key of feelingsQuestions) {
      // "What is your feeling" (ما شعورك), "how are your affairs going" (كيف تسير أمورك): a noun
      // with ـك, the same for a girl and a boy; never "how do you (a boy) feel" (كيف تشعر).
      expect(ar.get(key), key).toMatch(/[\u0621-\u064A]ك(?=[\s؟،]|$)/);
      expect(ar.get(key), key).not.toMatch(/تشعر|تحس/);
    }
    // The faces: "I feel happiness" (أشعر بالسعادة), never "happy" (سعيد/سعيدة), and a neutral OK.
    for (const face of ["feeling-great", "feeling-good", "feeling-sad", "feeling-very-sad"])
      expect(ar.get(`consultation:options.${face}`), face).toMatch(/^أشعر ب/);
    expect(ar.get("consultation:options.feeling-okay")).toBe("لا بأس");
  });

  it("ti: the forms for 4 to 7 year olds speak in the first person or the plural, never to a boy", () => {
    const ti = strings("ti");
    const youngest = childFormKeys((template) => template.ageBands.includes("4-7")).filter((key) =>
      ti.has(key),
    );
    expect(youngest).toEqual(expect.arrayContaining(["consultation:my-say.home.text"]));
    const found = youngest.flatMap((key) =>
      tigrinyaMasculineWords(ti.get(key)!).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
    // The pictures' headings say what "I" feel and like (ዘለኒ ስምዒት, ዝፈትዎ), not "you (a boy)".
    for (const id of ["home", "school", "family"])
      expect(ti.get(`consultation:my-say.${id}.text`), id).toMatch(/ዘለኒ ስምዒት$/);
    expect(ti.get("consultation:my-say.like.text")).toMatch(/^ዝፈትዎ/);
    expect(ti.get("consultation:my-say.dontLike.text")).toMatch(/^ዘይፈትዎ/);
  });

  it("ti: no masculine-singular address (-ካ, -ኻ, ምረጽ…), including the 4 to 7 “My say” form", () => {
    const found = childStrings("ti").flatMap(([key, value]) =>
      tigrinyaMasculineWords(value).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});
