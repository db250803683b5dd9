import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "~/audit/filters";
import { auditHref } from "~/audit/links";

const parse = (query: string) => parseAuditQuery(new URLSearchParams(query));
const id = "8d7c2b1a-0f4e-4a6b-9c3d-2e1f0a9b8c7d";

describe("the audit trail's filters, read from the address", () => {
  it("reads every filter, trimmed; empty ones are no filter", () => {
    expect(
      parse(
        `youngPersonId=${id}&child=+Selam+&person=ida&kind=opened&from=2026-01-01&to=2026-01-31`,
      ),
    ).toMatchObject({
      ok: true,
      filter: {
        youngPersonId: id,
        child: "Selam",
        person: "ida",
        kind: "opened",
        from: "2026-01-01",
        to: "2026-01-31",
      },
    });
    expect(parse("child=&person=&kind=&from=&to=")).toMatchObject({ ok: true, filter: {} });
  });

  it("says which date is wrong and keeps what was typed", () => {
    expect(parse("from=2026-02-29&child=Omar")).toEqual({
      ok: false,
      errors: { from: "audit:errors.from" },
      values: { child: "Omar", from: "2026-02-29" },
      youngPersonId: undefined,
    });
    expect(parse("to=31/01/2026")).toMatchObject({ errors: { to: "audit:errors.to" } });
    expect(parse("from=2026-02-01&to=2026-01-31")).toMatchObject({
      errors: { to: "audit:errors.toBeforeFrom" },
    });
    // The same day at both ends is one day, not an error.
    expect(parse("from=2026-02-01&to=2026-02-01").ok).toBe(true);
    expect(parse(`child=${"x".repeat(101)}`)).toMatchObject({
      errors: { child: "audit:errors.tooLong" },
    });
  });

  it("ignores what no form sends: an unknown kind, a malformed id or page cursor", () => {
    const parsed = parse("kind=everything&youngPersonId=1%20or%201&before=yesterday");
    expect(parsed).toMatchObject({ ok: true, filter: {}, page: {} });
  });

  it("reads a page cursor, and builds links that keep the filters", () => {
    const cursor = { at: "2026-01-14T09:00:00.000Z", id };
    const href = auditHref({ child: "Selam Tekle", kind: "opened" }, { before: cursor });
    expect(href).toBe(
      `/manage/audit?child=Selam+Tekle&kind=opened&before=2026-01-14T09%3A00%3A00.000Z%7E${id}`,
    );
    const parsed = parse(href.split("?")[1]!);
    expect(parsed).toMatchObject({ ok: true, page: { before: cursor } });
    expect(auditHref({ from: "2026-01-01" }, { csv: true })).toBe(
      "/manage/audit.csv?from=2026-01-01",
    );
  });
});
