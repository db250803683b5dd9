/**
 * A cell a spreadsheet could run as a formula (OWASP "CSV injection"): starting with = + - @, or
 * a tab or carriage return that some spreadsheets skip first. It is kept as text with a quote.
 * Every CSV the app writes (the letters register, the audit trail) passes its cells through this.
 */
export function spreadsheetSafe(value: string | null): string {
  const text = value ?? "";
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
