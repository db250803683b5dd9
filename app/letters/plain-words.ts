/*
 * The plain-words checker: advice while the IRO writes to a child, never a block. It flags words
 * professionals use that children do not, sentences over 20 words, and estimates a reading age.
 * Pure, so the same advice shows as the IRO types (in the browser) and after saving (server).
 */

export type PlainWordsIssue =
  | { kind: "jargon"; term: string; suggestion: string }
  | { kind: "long"; words: number; start: string };

export type PlainWordsAdvice = { issues: PlainWordsIssue[]; readingAge: number | null };

/** Words and what to say instead (English: the IRO writes in English). */
export const jargon: ReadonlyArray<{ pattern: RegExp; term: string; suggestion: string }> = [
  { pattern: /\bLAC\b/, term: "LAC", suggestion: "in care" },
  { pattern: /\bCLA\b/, term: "CLA", suggestion: "in care" },
  {
    pattern: /\blooked[- ]after child(ren)?\b/i,
    term: "looked after child",
    suggestion: "in care",
  },
  {
    pattern: /\bcontact\b/i,
    term: "contact",
    suggestion: "family time (seeing or calling your family)",
  },
  { pattern: /\bplacements?\b/i, term: "placement", suggestion: "the home where you live" },
  { pattern: /\brespite\b/i, term: "respite", suggestion: "a short break" },
  {
    pattern: /\bcare plan\b/i,
    term: "care plan",
    suggestion: "the plan for your care (say what it is)",
  },
  { pattern: /\bPEP\b/, term: "PEP", suggestion: "your school plan" },
  {
    pattern: /\bpathway plan\b/i,
    term: "pathway plan",
    suggestion: "your plan for growing up and living on your own",
  },
  {
    pattern: /\bLADO\b/,
    term: "LADO",
    suggestion: "the person who checks adults are safe to work with children",
  },
  {
    pattern: /\b(section|s\.?) ?20\b/i,
    term: "section 20",
    suggestion: "you are in care because your family agreed (say what it means)",
  },
  { pattern: /\bstatutory\b/i, term: "statutory", suggestion: "the law says" },
  { pattern: /\bassessments?\b/i, term: "assessment", suggestion: "finding out what you need" },
  { pattern: /\bsafeguarding\b/i, term: "safeguarding", suggestion: "keeping you safe" },
  {
    pattern: /\bpermanence\b/i,
    term: "permanence",
    suggestion: "a home for the rest of your childhood",
  },
  {
    pattern: /\bmulti-agency\b/i,
    term: "multi-agency",
    suggestion: "people from different services",
  },
  { pattern: /\bimplement(ed|ation)?\b/i, term: "implement", suggestion: "do" },
];

/** Sentences longer than this many words are flagged. */
export const longSentenceWords = 20;

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));

const wordsOf = (sentence: string) => sentence.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Syllables in an English word, estimated: groups of vowels, less a silent final "e". */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Reading age from the Flesch-Kincaid grade (US school grade + 5 = age), between 5 and 18.
 * Null when there is too little text to say.
 */
export function readingAge(text: string): number | null {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length < 8) return null;
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  const grade =
    0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
  return Math.min(18, Math.max(5, Math.round(grade + 5)));
}

export function checkPlainWords(text: string): PlainWordsAdvice {
  const issues: PlainWordsIssue[] = [];
  for (const j of jargon) {
    if (j.pattern.test(text))
      issues.push({ kind: "jargon", term: j.term, suggestion: j.suggestion });
  }
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence);
    if (words.length > longSentenceWords)
      issues.push({ kind: "long", words: words.length, start: words.slice(0, 6).join(" ") });
  }
  return { issues, readingAge: readingAge(text) };
}
