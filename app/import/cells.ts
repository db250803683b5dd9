import { isNoWord, isYesWord } from "~/http/yes-no";

/*
 * Cells as people type them into a spreadsheet, made into the values the app's schemas read.
 * Only spelling is forgiven here ("Yes", "PN1 ", 27/03/2010); the schemas still decide what is
 * a real value.
 */

const ukDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as YYYY-MM-DD. Excel shows a date cell in the computer's format and saves it that way:
 * in England that is DD/MM/YYYY, so that order is read too (never MM/DD, never two-digit years).
 */
export function dateCell(value: string): string {
  const uk = ukDate.exec(value);
  if (!uk) return value;
  const [, day, month, year] = uk;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** A code from a list: case and surrounding spaces do not matter ("Children_in_care"). */
export const codeCell = (value: string) => value.trim().toLowerCase();

/** A yes/no cell: "Yes", "Y", "TRUE", "1" (and their opposites) as the schemas' lower case. */
export const yesNoCell = (value: string) => value.trim().toLowerCase();

/** A strict yes/no: true, false, or undefined when the cell says something else. */
export function yesNo(value: string): boolean | undefined {
  const v = yesNoCell(value);
  if (isYesWord(v)) return true;
  if (isNoWord(v)) return false;
  return undefined;
}

/** Staff are found by username or email, whatever the case the file spells them in. */
export const personKey = (value: string) => value.trim().toLowerCase();
