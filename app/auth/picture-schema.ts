import { z } from "zod";
import { pictureCodes } from "./pictures";

/** zod fields for the four picture choices, each with its own "choose the … picture" message. */
export const picturePasswordSchema = z.object({
  picturePassword1: z.enum(pictureCodes, { error: "auth:errors.picture1" }),
  picturePassword2: z.enum(pictureCodes, { error: "auth:errors.picture2" }),
  picturePassword3: z.enum(pictureCodes, { error: "auth:errors.picture3" }),
  picturePassword4: z.enum(pictureCodes, { error: "auth:errors.picture4" }),
});

export function picturesInOrder(data: z.infer<typeof picturePasswordSchema>) {
  return [
    data.picturePassword1,
    data.picturePassword2,
    data.picturePassword3,
    data.picturePassword4,
  ];
}
