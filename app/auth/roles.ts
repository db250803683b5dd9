import type { Role } from "#db/schema";

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  young_person: "/me",
  carer: "/carer",
  parent: "/parent",
  social_worker: "/worker",
  iro: "/iro",
  manager: "/manage",
  admin: "/manage",
  translator: "/translate",
};

/** Where this person's home is now: together mode keeps a worker's session on the child's page. */
export function homeOf(user: { role: Role; togetherYoungPersonId: string | null }): string {
  return user.togetherYoungPersonId ? "/together" : roleHome[user.role];
}
