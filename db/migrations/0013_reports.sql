ALTER TABLE `reviews` ADD `late_reason` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `late_reason_other` text;--> statement-breakpoint
CREATE INDEX `reviews_held_idx` ON `reviews` (`organisation_id`,`status`,`held_on`);--> statement-breakpoint
ALTER TABLE `users` ADD `full_time_equivalent` real;--> statement-breakpoint
CREATE INDEX `statements_submitted_idx` ON `statements` (`organisation_id`,`status`,`submitted_at`);