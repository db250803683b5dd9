/** Rules shared by the server and the pages that explain them. */

/** A new password: long enough to resist guessing, short enough to type on a phone. */
export const passwordMinLength = 8;
export const passwordMaxLength = 200;

/** A one-time sign-in code lasts this many days. */
export const codeValidDays = 7;
