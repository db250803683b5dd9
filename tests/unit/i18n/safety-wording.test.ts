import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
  /^consultation:ui\.(?!needsInterpreter|sendToAdults|readAloud)/,
  /^consultation:sharing\./,
  /^common:(skipLink$|(language|help|exit|errorPage|footer)\.)/,
  /^auth:/,
  /^home:me\./,
  /^letters:(sections|fixed|me)\./,
];

function childStrings(code: string): [string, string][] {
  return [...strings(code)].filter(([key]) => childFacing.some((re) => re.test(key)));
}

/**
 * Arabic forms that speak only to a boy: masculine second-person verbs and imperatives, masculine
 * adjectives for the child, and a written fatha on a second-person past ending (قلتَ).
 */
const arabicMasculine = new Set(
  "تشعر تحب تحبها تريد تريده تريدها تعيش تستمتع تتكلم تقول تقوله تخبر تخبرنا تطلب تتواصل تثق تفكّر تسجّل تغيّر تغيّره ترسل ترسلها تسحبه تحصل تنتهي تكون تكن توافق تختار تقع تتدبّر تتخطّى تقود اختر اكتب أخبر أخبرنا أخبرهم قل قُلْه اضغط سجّل غيّر اسحبه احفظ اذهب اخرج اطلب اتصل حاول انتظر تأكّد ارجع أعد استخدم استخدمه تذكّر ابدأ ضع تخطَّ توقّف استمع تكلّم اجعله اجعل سعيد سعيدًا حزين متأكدًا جاهزًا".split(
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
const tigrinyaMasculine = new Set(["ምረጽ", "ንገሮ", "ጠውቕ", "ተዛረብ", "ዓቅብ", "ንገረና", "ትፈቱ"]);

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

  it("ar: feelings are first-person nouns (أشعر بالسعادة), not masculine adjectives", () => {
    const ar = strings("ar");
    for (const key of ["feeling-great", "feeling-good", "feeling-sad", "feeling-very-sad"])
      expect(ar.get(`consultation:options.${key}`)).toMatch(/^أشعر/);
  });

  it("ti: no masculine-singular address (-ካ, -ኻ, ምረጽ…), including the 4 to 7 “My say” form", () => {
    const found = childStrings("ti").flatMap(([key, value]) =>
      tigrinyaMasculineWords(value).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});
