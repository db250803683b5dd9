/*
 * The organisation's contact details as the help page and letters give them. Pure, so the help
 * dialog (in the browser) and the server share it.
 */

export type OrganisationContacts = {
  iroServicePhone: string | null;
  iroServiceEmail: string | null;
  advocacyServiceName: string | null;
  advocacyServicePhone: string | null;
};

/**
 * A tel: link for a number as people write it: "+44 (0)1632 960 000" dials +441632960000 (the
 * "(0)" is only dialled from inside the country, so it is dropped when a + code is given).
 */
export function telHref(phone: string): string {
  const international = phone.trim().startsWith("+");
  const digits = (international ? phone.replace("(0)", "") : phone).replace(/\D/g, "");
  return `tel:${international ? "+" : ""}${digits}`;
}
