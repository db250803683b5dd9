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
