// Copies the pictograms Own Voice uses from Twemoji (CC-BY 4.0) into public/icons/<name>.svg.
// Run `node scripts/icons.mjs` after changing the list; the copies are committed.
// Names are the domain's words; the value is the Twemoji file (Unicode code points).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const icons = {
  // picture passwords
  sun: "2600",
  moon: "1f319",
  star: "2b50",
  tree: "1f333",
  flower: "1f33b",
  cat: "1f408",
  bird: "1f426",
  fish: "1f41f",
  ball: "26bd",
  bicycle: "1f6b2",
  boat: "26f5",
  house: "1f3e0",
  // help, safety and moving around
  help: "1f6df",
  phone: "1f4de",
  emergency: "1f6a8",
  exit: "1f6aa",
  language: "1f310",
  "sign-out": "1f44b",
  key: "1f511",
  warning: "26a0",
  done: "2705",
  // home pages
  calendar: "1f4c5",
  worried: "1f61f",
  "good-news": "1f31f",
  change: "1f504",
  statements: "1f4ac",
  letter: "2709",
  "young-person": "1f9d2",
  people: "1f465",
  family: "1f468-200d-1f469-200d-1f467",
  checklist: "1f4cb",
  // feelings
  "feeling-great": "1f600",
  "feeling-good": "1f642",
  "feeling-ok": "1f610",
  "feeling-sad": "1f641",
  "feeling-very-sad": "1f622",
  // consultation answers
  no: "274c",
  "not-sure": "1f914",
  school: "1f3eb",
  health: "1fa7a",
  music: "1f3b5",
  games: "1f3ae",
  art: "1f3a8",
  cooking: "1f373",
  reading: "1f4d6",
  faith: "1f54a",
  office: "1f3e2",
  online: "1f4bb",
  money: "1f4b7",
  passport: "1f6c2",
  lock: "1f512",
  shopping: "1f6d2",
  bank: "1f3e6",
  bus: "1f68c",
  laundry: "1f9fa",
  cleaning: "1f9f9",
  // voice notes and reading aloud
  microphone: "1f3a4",
  speaker: "1f50a",
  record: "23fa",
  stop: "23f9",
  play: "25b6",
};

const require = createRequire(import.meta.url);
const source = path.dirname(require.resolve("@twemoji/svg/package.json"));
const target = path.resolve("public/icons");
mkdirSync(target, { recursive: true });
for (const [name, file] of Object.entries(icons)) {
  copyFileSync(path.join(source, `${file}.svg`), path.join(target, `${name}.svg`));
}
console.log(`Copied ${Object.keys(icons).length} icons to public/icons/`);
