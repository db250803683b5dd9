CREATE TABLE `letter_reads` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`user_id` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `letter_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `letter_reads_version_idx` ON `letter_reads` (`version_id`);--> statement-breakpoint
CREATE TABLE `letter_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`letter_id` text NOT NULL,
	`number` integer NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` text NOT NULL,
	`reason` text,
	`language` text NOT NULL,
	`fields` text NOT NULL,
	`translation` text NOT NULL,
	`facts` text NOT NULL,
	`share_with_carer` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_versions_number_unique` ON `letter_versions` (`letter_id`,`number`);--> statement-breakpoint
CREATE TABLE `letters` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`author_user_id` text NOT NULL,
	`language` text NOT NULL,
	`fields` text DEFAULT '{}' NOT NULL,
	`translation` text DEFAULT '{}' NOT NULL,
	`translated_at` text,
	`translated_by` text,
	`due_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`translated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letters_review_unique` ON `letters` (`review_id`);--> statement-breakpoint
CREATE INDEX `letters_young_person_idx` ON `letters` (`young_person_id`);--> statement-breakpoint
CREATE INDEX `letters_organisation_idx` ON `letters` (`organisation_id`,`due_on`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`recipient_user_id` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`link` text NOT NULL,
	`due_on` text,
	`dedupe_key` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` text,
	`read_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('request', 'reminder', 'overdue', 'reply', 'urgent', 'letter')),
	CONSTRAINT "notifications_channel_check" CHECK("channel" in ('app', 'email')),
	CONSTRAINT "notifications_state_check" CHECK("state" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "organisation_id", "recipient_user_id", "kind", "channel", "link", "due_on", "dedupe_key", "state", "attempts", "last_error", "sent_at", "read_at", "created_at") SELECT "id", "organisation_id", "recipient_user_id", "kind", "channel", "link", "due_on", "dedupe_key", "state", "attempts", "last_error", "sent_at", "read_at", "created_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_unique` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_recipient_idx` ON `notifications` (`recipient_user_id`,`channel`,`read_at`);--> statement-breakpoint
CREATE INDEX `notifications_delivery_idx` ON `notifications` (`channel`,`state`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `letter_within_days` integer DEFAULT 20 NOT NULL;--> statement-breakpoint
-- An issued letter is the record: the database itself refuses to change or delete one.
CREATE TRIGGER `letter_versions_never_updated` BEFORE UPDATE ON `letter_versions`
BEGIN SELECT RAISE(ABORT, 'an issued letter is never changed: issue a correction'); END;--> statement-breakpoint
CREATE TRIGGER `letter_versions_never_deleted` BEFORE DELETE ON `letter_versions`
BEGIN SELECT RAISE(ABORT, 'an issued letter is never deleted'); END;
