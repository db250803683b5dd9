/** How long a written answer may be (checked on the server, shown in the browser). */
export const shortTextMax = 200;
export const longTextMax = 5000;
