import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flattenKeys } from "~/i18n/keys";
import { languageResources } from "~/i18n/resources.server";
import { templateSchema } from "~/consultation/template-schema";
import { optionsOf } from "~/consultation/options";
import { findTemplate, templates } from "~/consultation/templates";
import { questionTextKeys } from "~/consultation/age-band";

const english = languageResources("en").resources;
const keys = new Set(flattenKeys(english.consultation).map((k) => `consultation:${k}`));

describe("consultation templates", () => {
  it("ships the young people's forms, the adults' forms and the feedback forms", () => {
    const byAudience = (audience: string) =>
      templates
        .filter((t) => t.audience === audience)
        .map((t) => t.id)
        .sort();
    expect(byAudience("young_person")).toEqual(
      [
        "change",
        "feedback",
        "getting-ready",
        "good-news",
        "letter-reply",
        "living-skills",
        "my-say",
        "pathway-plan",
        "worried",
      ].sort(),
    );
    expect(byAudience("carer")).toEqual(["carer-review", "feedback-carer"]);
    expect(byAudience("parent")).toEqual(["feedback-parent", "parent-views"]);
    expect(byAudience("professional")).toEqual(["feedback-professional"]);
  });

  for (const template of templates) {
    describe(template.id, () => {
      it("has a title and intro, and text for every question", () => {
        expect(keys.has(`consultation:templates.${template.id}.title`)).toBe(true);
        expect(keys.has(`consultation:templates.${template.id}.intro`)).toBe(true);
        for (const question of template.questions) {
          for (const band of template.ageBands) {
            const found = questionTextKeys(template.id, question.id, band).some((k) => keys.has(k));
            expect(found, `${question.id} (${band})`).toBe(true);
          }
        }
      });

      it("has a picture and a word for every question and option", () => {
        for (const question of template.questions) {
          expect(
            existsSync(path.resolve("public/icons", `${question.icon}.svg`)),
            question.icon,
          ).toBe(true);
          for (const option of optionsOf(question)) {
            expect(
              existsSync(path.resolve("public/icons", `${option.icon}.svg`)),
              option.icon,
            ).toBe(true);
            expect(keys.has(`consultation:options.${option.code}`), option.code).toBe(true);
          }
        }
      });
    });
  }

  it("refuses a template with a duplicate question or an unsafe code it does not offer", () => {
    const base = findTemplate("worried")!;
    const duplicate = { ...base, questions: [...base.questions, base.questions[0]!] };
    expect(templateSchema.safeParse(duplicate).success).toBe(false);
    const unknownCode = {
      ...base,
      questions: [
        {
          id: "safeNow",
          kind: "pick-one",
          icon: "help",
          options: [
            { code: "a", icon: "x" },
            { code: "b", icon: "y" },
          ],
          unsafeCodes: ["zzz"],
        },
      ],
    };
    expect(templateSchema.safeParse(unknownCode).success).toBe(false);
  });

  it("finds a template by id and exact version", () => {
    expect(findTemplate("getting-ready", 1)?.id).toBe("getting-ready");
    expect(findTemplate("getting-ready", 99)).toBeUndefined();
  });
});
