/**
 * How people write yes and no: a form's ticked checkbox ("on" is added where a form posts it) and
 * what spreadsheets hold ("Yes", "Y", "TRUE", "1", in any case once lower-cased).
 */
export const yesWords = ["yes", "y", "true", "1"] as const;
export const noWords = ["no", "n", "false", "0"] as const;

export const isYesWord = (value: string) => (yesWords as readonly string[]).includes(value);
export const isNoWord = (value: string) => (noWords as readonly string[]).includes(value);
