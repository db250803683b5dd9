CREATE TABLE `statement_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`statement_id` text NOT NULL,
	`author_user_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_replies_statement_idx` ON `statement_replies` (`statement_id`);