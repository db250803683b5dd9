/** A young person's full name as staff see it: given name, then family name. One rule, everywhere. */
export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
