-- A review held as a series of meetings is held on its FIRST meeting (seeds 002 §8.1 and 004);
-- it used to be recorded on its last. Reviews recorded that way are put right here, in order:
-- 1. keep the last meeting as the day the review was completed (decisions and letters count from it);
-- 2. move the next planned review's due date, if it was counted from the last meeting;
-- 3. set the held date to the first meeting.
UPDATE `reviews` SET
  `completed_on` = coalesce(
    (SELECT max(m.`held_on`) FROM `review_meetings` m WHERE m.`review_id` = `reviews`.`id`),
    `held_on`),
  `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `status` = 'held' AND `completed_on` IS NULL AND `held_on` IS NOT NULL;--> statement-breakpoint
-- The next due date (reg. 33, as app/reviews/statutory-dates.ts counts it) came from the young
-- person's latest held review: 3 months after the first looked-after review, 6 months after later
-- ones and after any pathway plan review; months clamp to the month's end as `addMonths` does.
-- Only a planned review whose due date is exactly what the old count gave is moved: a date set
-- any other way is left alone.
WITH `latest` AS (
  SELECT r.`young_person_id`, r.`held_on` AS `old_on`,
    (SELECT min(m.`held_on`) FROM `review_meetings` m WHERE m.`review_id` = r.`id`) AS `first_on`,
    CASE
      WHEN r.`kind` = 'pathway_plan' OR y.`looked_after_on` IS NULL THEN 6
      WHEN (SELECT count(*) FROM `reviews` h WHERE h.`young_person_id` = r.`young_person_id`
        AND h.`kind` = r.`kind` AND h.`status` = 'held') = 1 THEN 3
      ELSE 6
    END AS `months`
  FROM `reviews` r INNER JOIN `young_people` y ON y.`id` = r.`young_person_id`
  WHERE r.`status` = 'held' AND r.`held_on` = (SELECT max(h.`held_on`) FROM `reviews` h
    WHERE h.`young_person_id` = r.`young_person_id` AND h.`status` = 'held')
), `moved` AS (
  SELECT `young_person_id`,
    min(date(`old_on`, '+' || `months` || ' months'),
      date(`old_on`, 'start of month', '+' || (`months` + 1) || ' months', '-1 day')) AS `old_due`,
    min(date(`first_on`, '+' || `months` || ' months'),
      date(`first_on`, 'start of month', '+' || (`months` + 1) || ' months', '-1 day')) AS `new_due`
  FROM `latest` WHERE `first_on` < `old_on`
)
UPDATE `reviews` SET
  `due_on` = (SELECT mv.`new_due` FROM `moved` mv
    WHERE mv.`young_person_id` = `reviews`.`young_person_id` AND mv.`old_due` = `reviews`.`due_on`),
  `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `status` = 'planned' AND EXISTS (SELECT 1 FROM `moved` mv
  WHERE mv.`young_person_id` = `reviews`.`young_person_id` AND mv.`old_due` = `reviews`.`due_on`);--> statement-breakpoint
UPDATE `reviews` SET
  `held_on` = (SELECT min(m.`held_on`) FROM `review_meetings` m WHERE m.`review_id` = `reviews`.`id`),
  `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `status` = 'held' AND EXISTS (SELECT 1 FROM `review_meetings` m
  WHERE m.`review_id` = `reviews`.`id` AND m.`held_on` < `reviews`.`held_on`);
