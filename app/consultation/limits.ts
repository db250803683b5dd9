import { textLimits } from "~/http/text";

/** How long a written answer may be (checked on the server, shown in the browser). */
export const shortTextMax = textLimits.short;
export const longTextMax = textLimits.long;
