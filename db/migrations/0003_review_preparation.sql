CREATE TABLE `consultation_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`kind` text NOT NULL,
	`recipient_user_id` text NOT NULL,
	`template_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`due_on` text NOT NULL,
	`cancelled_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_requests_review_idx` ON `consultation_requests` (`review_id`);--> statement-breakpoint
CREATE INDEX `consultation_requests_recipient_idx` ON `consultation_requests` (`recipient_user_id`);--> statement-breakpoint
CREATE TABLE `interpreter_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`statement_id` text NOT NULL,
	`question_id` text NOT NULL,
	`language` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`translation` text,
	`done_by` text,
	`done_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interpreter_requests_unique` ON `interpreter_requests` (`statement_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `review_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`held_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_meetings_review_idx` ON `review_meetings` (`review_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `consultation_lead_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `reply_within_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `decisions_within_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `reviews` ADD `place` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `child_attended` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `child_chaired` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `views_conveyed` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `attendees` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `decisions` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `recorded_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `reviews` ADD `decisions_due_on` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `decisions_circulated_on` text;--> statement-breakpoint
CREATE INDEX `reviews_due_idx` ON `reviews` (`organisation_id`,`status`,`due_on`);--> statement-breakpoint
ALTER TABLE `statements` ADD `review_id` text REFERENCES reviews(id);--> statement-breakpoint
ALTER TABLE `statements` ADD `request_id` text;--> statement-breakpoint
CREATE INDEX `statements_review_idx` ON `statements` (`review_id`);