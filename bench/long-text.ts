// `npx tsx bench/long-text.ts [module]`: how long the letter form takes to read one section of
// about 1 MB (the step every save, autosave and issue goes through), for two kinds of text:
// ordinary words, and a long run of blank space with a word after it (a held-down space bar, a
// pasted table). A trailing-space regex such as /\s+$/ backtracks on the second: quadratic time.
// `module` is a path to another copy of app/letters/letter-form.server.ts (e.g. the previous
// version, from `git show HEAD:...`), to measure before and after a change.
import path from "node:path";

type LetterForm = {
  letterFieldsFrom: (formData: FormData) => { fields: object; errors: Record<string, string> };
};

const size = 1_000_000;
const modulePath = path.resolve(process.argv[2] ?? "app/letters/letter-form.server.ts");
const { letterFieldsFrom } = (await import(modulePath)) as LetterForm;

const texts = {
  words: "You will see your brother every week. ".repeat(Math.ceil(size / 38)).slice(0, size),
  "blank space, then a word": `${" ".repeat(size - 4)}word`,
};

// Once with a short text first, so a schema's first-use set-up is not counted as reading.
const warmUp = new FormData();
warmUp.set("next", "You will see your brother every week.");
letterFieldsFrom(warmUp);

for (const [name, text] of Object.entries(texts)) {
  const formData = new FormData();
  formData.set("next", text);
  const started = performance.now();
  const { errors } = letterFieldsFrom(formData);
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      text: name,
      chars: text.length,
      ms: +ms.toFixed(1),
      error: errors.next ?? null,
    }),
  );
}
