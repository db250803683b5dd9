import { z } from "zod";

/** The team form: a name, the council's service area name, and its two managers (optional). */
export const teamNameMax = 120;

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

export const teamFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "escalations:teams.errors.name")
    .max(teamNameMax, "escalations:teams.errors.nameLong"),
  serviceAreaName: z
    .string()
    .trim()
    .max(teamNameMax, "escalations:teams.errors.serviceAreaLong")
    .optional()
    .transform((v) => (v ? v : null)),
  teamManagerUserId: optionalId,
  serviceManagerUserId: optionalId,
});

export type TeamForm = z.infer<typeof teamFormSchema>;

export const staffTeamSchema = z.object({ teamId: optionalId });
