CREATE TABLE `pending_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`statement_id` text NOT NULL,
	`question_id` text NOT NULL,
	`fields` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `statement_readers` (
	`statement_id` text NOT NULL,
	`user_id` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_readers_reason_check" CHECK("reason" in ('chosen', 'urgent'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_readers_unique` ON `statement_readers` (`statement_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `statement_readers_user_idx` ON `statement_readers` (`user_id`);--> statement-breakpoint
CREATE TABLE `statement_reads` (
	`id` text PRIMARY KEY NOT NULL,
	`statement_id` text NOT NULL,
	`user_id` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_reads_statement_idx` ON `statement_reads` (`statement_id`);--> statement-breakpoint
CREATE TABLE `statement_withdrawals` (
	`statement_id` text PRIMARY KEY NOT NULL,
	`by_user_id` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`author_user_id` text NOT NULL,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`language` text NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`current_question` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`sharing` text,
	`is_urgent` integer DEFAULT false NOT NULL,
	`submitted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_status_check" CHECK("status" in ('draft', 'submitted')),
	CONSTRAINT "statements_sharing_check" CHECK("sharing" is null or "sharing" in ('iro', 'iro-and-social-worker', 'everyone-at-review'))
);
--> statement-breakpoint
CREATE INDEX `statements_young_person_idx` ON `statements` (`young_person_id`,`status`);--> statement-breakpoint
CREATE TABLE `urgent_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`statement_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`raised_at` text NOT NULL,
	`acknowledged_by` text,
	`acknowledged_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `urgent_alerts_young_person_idx` ON `urgent_alerts` (`young_person_id`);--> statement-breakpoint
CREATE TABLE `voice_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`statement_id` text NOT NULL,
	`question_id` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`language` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
