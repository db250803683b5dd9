import { isoDate } from "~/http/dates";
import { todayInEngland } from "./calendar";

/** The date a young person is asked to answer by: a real date, today or later. */
export const requestDueOn = isoDate("reviews:errors.requestDueOn").refine(
  (d) => d >= todayInEngland(),
  "reviews:errors.requestDuePast",
);
