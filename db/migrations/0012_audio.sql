CREATE TABLE `audio_recordings` (
	`id` text PRIMARY KEY NOT NULL,
	`language` text NOT NULL,
	`string_key` text NOT NULL,
	`english_hash` text NOT NULL,
	`text_hash` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`normalised` integer NOT NULL,
	`recorded_by` text,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audio_recordings_string_unique` ON `audio_recordings` (`language`,`string_key`);--> statement-breakpoint
CREATE TABLE `letter_recordings` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`letter_id` text NOT NULL,
	`section` text NOT NULL,
	`text_hash` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`normalised` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_id`) REFERENCES `letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_recordings_section_unique` ON `letter_recordings` (`letter_id`,`section`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `computer_voice_off` text DEFAULT '[]' NOT NULL;