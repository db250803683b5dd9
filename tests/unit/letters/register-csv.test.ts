import { describe, expect, it } from "vitest";
import { registerCsv, type lettersRegister } from "~/letters/register.server";

type Row = ReturnType<typeof lettersRegister>[number];

const row = (givenName: string): Row => ({
  letterId: "letter-1",
  reviewId: "review-1",
  givenName,
  familyName: "Example",
  iroId: "iro-1",
  iroName: "Ida Reviewer",
  heldOn: "2026-10-01",
  dueOn: "2026-10-29",
  language: "en",
  firstIssuedAt: "2026-10-20T10:00:00.000Z",
  versions: 1,
  childRead: false,
  daysTaken: 19,
  late: false,
});

const firstCell = (csv: string) => csv.split("\r\n")[1]!.split(",")[0];

describe("the letters register as CSV", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"])(
    "a cell starting %j cannot run as a spreadsheet formula",
    (name) => {
      expect(firstCell(registerCsv([row(name)]))).toBe(`"'${name} Example"`);
    },
  );

  it("leaves ordinary names as they are, quoted", () => {
    expect(firstCell(registerCsv([row("Selam")]))).toBe(`"Selam Example"`);
  });
});
