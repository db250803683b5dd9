import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { aboutParts, findPart, neighbours } from "~/about/parts";
import { languageResources } from "~/i18n/resources.server";
import { loader } from "~/routes/about-my-review.$part";
import { buildOrganisation, buildUser, requestFor, signedInAs } from "../../fixtures/builders";

async function load(request: Request, part: string) {
  const response = (await loader({ request, params: { part }, context: {} })) as Response;
  return (await response.json()) as { partId: string; contacts: unknown };
}

function councilWithAdvocacy(name: string, phone: string) {
  const id = buildOrganisation(name);
  getDb()
    .update(organisations)
    .set({
      advocacyServiceName: `${name} Advocacy`,
      advocacyServicePhone: phone,
      iroServicePhone: "01632 960 100",
    })
    .where(eq(organisations.id, id))
    .run();
  return id;
}

describe("What is my review?", () => {
  it("has five parts in reading order, back and next between them", () => {
    expect(aboutParts.map((p) => p.id)).toEqual([
      "review",
      "iro",
      "advocate",
      "rights",
      "complain",
    ]);
    expect(neighbours("review")).toMatchObject({ previous: undefined, next: { id: "iro" } });
    expect(neighbours("complain")).toMatchObject({ previous: { id: "rights" }, next: undefined });
    expect(findPart("nothing")).toBeUndefined();
  });

  it("is open to a child who is not signed in, and shows no council's details", async () => {
    councilWithAdvocacy("Fenmoor", "0808 157 0777");
    for (const part of aboutParts) {
      const data = await load(requestFor(`/about-my-review/${part.id}`), part.id);
      expect(data).toEqual({ partId: part.id, contacts: null });
    }
  });

  it("shows a signed-in child their own council's advocacy and IRO services, no one else's", async () => {
    const fenmoor = councilWithAdvocacy("Fenmoor", "0808 157 0777");
    councilWithAdvocacy("Marshby", "0808 157 0999");
    const child = signedInAs(await buildUser(fenmoor, { role: "young_person" }));
    const advocate = await load(child.request, "advocate");
    expect(advocate.contacts).toMatchObject({
      advocacyServiceName: "Fenmoor Advocacy",
      advocacyServicePhone: "0808 157 0777",
    });
    expect(JSON.stringify(advocate)).not.toContain("Marshby");
    expect((await load(child.request, "iro")).contacts).toMatchObject({
      iroServicePhone: "01632 960 100",
    });
    // Parts that name no service carry nothing of the council's.
    expect((await load(child.request, "rights")).contacts).toBeNull();
  });

  it("answers an unknown part with 404", async () => {
    await expect(load(requestFor("/about-my-review/secrets"), "secrets")).rejects.toMatchObject({
      status: 404,
    });
  });

  it("is in every language a child's browser downloads", () => {
    for (const code of ["en", "ar", "ti", "om"] as const)
      expect(languageResources(code, "everyone").resources).toHaveProperty("about.parts.advocate");
  });
});
