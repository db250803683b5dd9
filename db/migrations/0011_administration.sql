CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`content` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`applied_at` text,
	`summary` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "import_batches_kind_check" CHECK("kind" in ('young_people', 'allocations', 'past_reviews'))
);
--> statement-breakpoint
CREATE INDEX `import_batches_organisation_idx` ON `import_batches` (`organisation_id`,`created_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`user_id` text NOT NULL,
	`relationship` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "allocations_relationship_check" CHECK("relationship" in ('iro', 'social_worker', 'carer', 'parent', 'personal_adviser', 'advocate'))
);
--> statement-breakpoint
INSERT INTO `__new_allocations`("id", "organisation_id", "young_person_id", "user_id", "relationship", "starts_on", "ends_on", "created_at", "updated_at") SELECT "id", "organisation_id", "young_person_id", "user_id", "relationship", "starts_on", "ends_on", "created_at", "updated_at" FROM `allocations`;--> statement-breakpoint
DROP TABLE `allocations`;--> statement-breakpoint
ALTER TABLE `__new_allocations` RENAME TO `allocations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `allocations_user_idx` ON `allocations` (`user_id`,`relationship`);--> statement-breakpoint
CREATE INDEX `allocations_young_person_idx` ON `allocations` (`young_person_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `is_demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `iro_service_phone` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `iro_service_email` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `advocacy_service_name` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `advocacy_service_phone` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `forms_offered` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `feedback_enabled` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `staff_password_sign_in` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `reviews` ADD `imported_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `last_sign_in_at` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `interpreter_language` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `case_reference` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `left_care_on` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `left_care_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `young_people_case_reference_unique` ON `young_people` (`organisation_id`,`case_reference`);--> statement-breakpoint
CREATE INDEX `audit_events_actor_idx` ON `audit_events` (`organisation_id`,`actor_user_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_action_idx` ON `audit_events` (`organisation_id`,`action`,`at`);--> statement-breakpoint
-- The demo organisation seeded before this migration is marked as the demo (it says so on every page).
UPDATE `organisations` SET `is_demo` = 1 WHERE `name` = 'Kestrelford Borough Council (demo)';
--> statement-breakpoint
-- Legal status becomes a code from a fixed list (app/young-people/record-schema.ts).
UPDATE `young_people` SET `legal_status` = CASE `legal_status`
  WHEN 'S20 accommodated' THEN 'section_20'
  WHEN 'Care order (S31)' THEN 'care_order'
  ELSE NULL END
WHERE `legal_status` IS NOT NULL;
