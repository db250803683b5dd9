-- A statement made in together mode belongs to the child, with the adult recorded as the one who
-- helped (helped_by). Before this, such statements were saved with the adult as their author, so
-- the adult kept them after leaving together mode and the child never saw them. Where the child
-- has an account, it becomes the author; where not yet, the row waits as it is (the adult cannot
-- reach it outside together mode).
UPDATE `statements`
SET `author_user_id` = (
  SELECT `young_people`.`user_id` FROM `young_people`
  WHERE `young_people`.`id` = `statements`.`young_person_id`
)
WHERE `helped_by` IS NOT NULL
  AND `author_user_id` = `helped_by`
  AND (
    SELECT `young_people`.`user_id` FROM `young_people`
    WHERE `young_people`.`id` = `statements`.`young_person_id`
  ) IS NOT NULL;
