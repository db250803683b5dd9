PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_consultation_requests` (
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
	`overdue_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "consultation_requests_kind_check" CHECK("kind" in ('young_person', 'carer', 'parent', 'feedback'))
);
--> statement-breakpoint
INSERT INTO `__new_consultation_requests`("id", "organisation_id", "review_id", "young_person_id", "kind", "recipient_user_id", "template_id", "requested_by", "due_on", "cancelled_at", "overdue_at", "created_at") SELECT "id", "organisation_id", "review_id", "young_person_id", "kind", "recipient_user_id", "template_id", "requested_by", "due_on", "cancelled_at", "overdue_at", "created_at" FROM `consultation_requests`;--> statement-breakpoint
DROP TABLE `consultation_requests`;--> statement-breakpoint
ALTER TABLE `__new_consultation_requests` RENAME TO `consultation_requests`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `consultation_requests_review_idx` ON `consultation_requests` (`review_id`);--> statement-breakpoint
CREATE INDEX `consultation_requests_recipient_idx` ON `consultation_requests` (`recipient_user_id`);--> statement-breakpoint
CREATE INDEX `consultation_requests_due_idx` ON `consultation_requests` (`due_on`);--> statement-breakpoint
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
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('request', 'reminder', 'overdue', 'reply', 'urgent', 'letter', 'feedback')),
	CONSTRAINT "notifications_channel_check" CHECK("channel" in ('app', 'email')),
	CONSTRAINT "notifications_state_check" CHECK("state" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "organisation_id", "recipient_user_id", "kind", "channel", "link", "due_on", "dedupe_key", "state", "attempts", "last_error", "sent_at", "read_at", "created_at") SELECT "id", "organisation_id", "recipient_user_id", "kind", "channel", "link", "due_on", "dedupe_key", "state", "attempts", "last_error", "sent_at", "read_at", "created_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_unique` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_recipient_idx` ON `notifications` (`recipient_user_id`,`channel`,`read_at`);--> statement-breakpoint
CREATE INDEX `notifications_delivery_idx` ON `notifications` (`channel`,`state`);