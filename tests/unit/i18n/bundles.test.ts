import { describe, expect, it } from "vitest";
import { languages, namespaces, staffOnlyNamespaces } from "~/i18n/languages";
import { languageResources, localesUrl } from "~/i18n/resources.server";

describe("the strings a browser downloads", () => {
  for (const { code } of languages) {
    it(`in ${code}, leave the staff pages' namespaces out for everyone but staff`, () => {
      const everyone = languageResources(code, "everyone");
      const staff = languageResources(code, "staff");
      expect(Object.keys(staff.resources).sort()).toEqual([...namespaces].sort());
      for (const ns of staffOnlyNamespaces) expect(everyone.resources).not.toHaveProperty(ns);
      // What a child's phone fetches is what the child's pages use, and much less than staff's.
      expect(everyone.resources.consultation).toEqual(staff.resources.consultation);
      expect(everyone.json.length).toBeLessThan(staff.json.length * 0.8);
    });
  }

  it("have different addresses, so a browser never keeps the wrong one", () => {
    expect(localesUrl("ti", "everyone")).not.toEqual(localesUrl("ti", "staff"));
    expect(localesUrl("ti", "staff")).toContain("for=staff");
  });
});
