DROP INDEX `statements_submitted_idx`;--> statement-breakpoint
CREATE INDEX `statements_sent_idx` ON `statements` (`submitted_at`);