import { describe, expect, it } from "vitest";
import { decodeUpload, readCsv } from "~/import/csv";

const spec = [
  { name: "case_reference", required: true },
  { name: "given_name", required: true },
  { name: "communication_needs", required: false },
];

function rows(text: string) {
  const read = readCsv(text, spec);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.table.rows;
}

const errorsOf = (text: string) => {
  const read = readCsv(text, spec);
  return read.ok ? [] : read.errors;
};

describe("reading a CSV file as Excel saves it", () => {
  it("reads UTF-8 with a byte order mark and CRLF line ends, as Excel's CSV UTF-8", () => {
    const bytes = new TextEncoder().encode("\uFEFFcase_reference,given_name\r\nCR-1,Zoë\r\n");
    expect(rows(decodeUpload(bytes))).toEqual([
      { row: 2, cells: { case_reference: "CR-1", given_name: "Zoë" } },
    ]);
  });

  it("reads Excel's plain CSV (Windows-1252) without mangling accents", () => {
    const bytes = Uint8Array.from([...Buffer.from("case_reference,given_name\r\nCR-1,Zo"), 0xeb]);
    expect(rows(decodeUpload(bytes))[0]!.cells.given_name).toBe("Zoë");
  });

  it("reads UTF-16 text with a byte order mark, tab separated (Excel's Unicode text)", () => {
    const text = "\uFEFFcase_reference\tgiven_name\r\nCR-1\tسلام\r\n";
    const bytes = new Uint8Array(Buffer.from(text, "utf16le"));
    expect(rows(decodeUpload(bytes))[0]!.cells.given_name).toBe("سلام");
  });

  it("reads quoted fields with commas, quotes and line breaks in them", () => {
    const text =
      'case_reference,given_name,communication_needs\n"CR-1","Sam","Likes pictures, ""big"" ones\nand short words"\n';
    expect(rows(text)[0]!.cells.communication_needs).toBe(
      'Likes pictures, "big" ones\nand short words',
    );
  });

  it("reads semicolon-separated files (Excel where the comma is the decimal mark)", () => {
    expect(rows("case_reference;given_name\nCR-1;Sam\n")[0]!.cells).toEqual({
      case_reference: "CR-1",
      given_name: "Sam",
    });
  });

  it("numbers rows as the spreadsheet shows them, counting a blank row and ignoring a trailing one", () => {
    const text = "case_reference,given_name\r\nCR-1,Sam\r\n,,\r\n\r\nCR-2,Ali\r\n\r\n";
    expect(rows(text).map((r) => [r.row, r.cells.case_reference])).toEqual([
      [2, "CR-1"],
      [5, "CR-2"],
    ]);
  });

  it("counts a row with a line break inside a quoted cell as one row", () => {
    const text = 'case_reference,given_name,communication_needs\nCR-1,Sam,"a\nb"\nCR-2,Ali,\n';
    expect(rows(text).map((r) => r.row)).toEqual([2, 3]);
  });

  it("accepts column names in any case, with spaces", () => {
    expect(rows("Case Reference,GIVEN_NAME\nCR-1,Sam\n")[0]!.cells.given_name).toBe("Sam");
  });
});

describe("a file that cannot be read as this kind", () => {
  it("names a missing required column", () => {
    expect(errorsOf("case_reference\nCR-1\n")).toEqual([
      { key: "import:errors.missingColumn", values: { column: "given_name" } },
    ]);
  });

  it("names an unknown column (a misspelt one would otherwise be lost) and a column given twice", () => {
    expect(
      errorsOf("case_reference,given_name,given_name,comunication_needs\nCR-1,S,S,x\n"),
    ).toEqual([
      { key: "import:errors.duplicateColumn", values: { column: "given_name" } },
      { key: "import:errors.unknownColumn", values: { column: "comunication_needs" } },
    ]);
  });

  it("says where a quote is never closed", () => {
    const errors = errorsOf('case_reference,given_name\nCR-1,"Sam\nCR-2,Ali\n');
    expect(errors[0]!.key).toBe("import:errors.unreadable");
  });

  it("refuses an empty file and a header with no rows", () => {
    expect(errorsOf("")).toEqual([{ key: "import:errors.empty" }]);
    expect(errorsOf("case_reference,given_name\r\n")).toEqual([{ key: "import:errors.noRows" }]);
  });

  it("marks a row with more cells than columns", () => {
    const [row] = rows("case_reference,given_name\nCR-1,Sam,Smith\n");
    expect(Object.keys(row!.cells)).toContain("\u0000extra");
  });
});
