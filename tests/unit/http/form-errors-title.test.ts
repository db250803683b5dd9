import { describe, expect, it } from "vitest";
import { documentHasFormErrors } from "~/ui/document-context";

/* "Error:" starts the page title when a form failed, a posted one or a GET form's filters. */
describe("whether a page shows a failed form", () => {
  it("sees a posted form's errors", () => {
    expect(documentHasFormErrors({ actionData: { "routes/x": { errors: { name: "k" } } } })).toBe(
      true,
    );
  });

  it("sees a GET form's errors in its loader's data (the audit trail's dates)", () => {
    expect(
      documentHasFormErrors({
        loaderData: { root: { lang: "en" }, "routes/manage.audit": { errors: { from: "k" } } },
      }),
    ).toBe(true);
  });

  it("ignores a page whose data merely has room for errors", () => {
    expect(
      documentHasFormErrors({
        actionData: null,
        loaderData: { "routes/manage.audit": { errors: null }, "routes/y": { errors: {} } },
      }),
    ).toBe(false);
  });
});
