CREATE TABLE `retention_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`ran_at` text NOT NULL,
	`dry_run` integer NOT NULL,
	`counts` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retention_runs_organisation_idx` ON `retention_runs` (`organisation_id`,`ran_at`);--> statement-breakpoint
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
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('request', 'reminder', 'overdue', 'reply', 'urgent', 'letter', 'feedback', 'draft_reminder')),
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
ALTER TABLE `organisations` ADD `retain_drafts_days` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `remind_drafts_days` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `retain_stash_days` integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `retain_withdrawn_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `retain_notifications_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `retain_records_until_age` integer DEFAULT 75 NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `erased_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `statements` ADD `erased_reason` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `draft_reminded_at` text;--> statement-breakpoint
ALTER TABLE `voice_notes` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `voice_notes` ADD `erased_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `voice_notes` ADD `erased_reason` text;