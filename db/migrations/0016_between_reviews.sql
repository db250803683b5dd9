CREATE TABLE `action_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`action_id` text NOT NULL,
	`state` text NOT NULL,
	`note` text,
	`midway_check_id` text,
	`by_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `review_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "action_updates_state_check" CHECK("state" in ('not_started', 'in_progress', 'done', 'not_done'))
);
--> statement-breakpoint
CREATE INDEX `action_updates_action_idx` ON `action_updates` (`action_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`by_user_id` text NOT NULL,
	`contact_on` text NOT NULL,
	`kind` text NOT NULL,
	`with_whom` text NOT NULL,
	`seen_alone` integer,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contacts_kind_check" CHECK("kind" in ('visit', 'call', 'video', 'message', 'meeting'))
);
--> statement-breakpoint
CREATE INDEX `contacts_young_person_idx` ON `contacts` (`young_person_id`,`contact_on`);--> statement-breakpoint
CREATE TABLE `decision_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`manager_user_id` text NOT NULL,
	`due_on` text NOT NULL,
	`response` text,
	`reason` text,
	`responded_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manager_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "decision_agreements_response_check" CHECK("response" is null or "response" in ('agreed', 'disagree'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_agreements_review_unique` ON `decision_agreements` (`review_id`);--> statement-breakpoint
CREATE INDEX `decision_agreements_manager_idx` ON `decision_agreements` (`manager_user_id`,`responded_at`);--> statement-breakpoint
CREATE TABLE `escalation_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`position` integer NOT NULL,
	`key` text,
	`name` text,
	`addressee` text NOT NULL,
	`response_days` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "escalation_stages_addressee_check" CHECK("addressee" in ('social_worker', 'team_manager', 'service_manager', 'director'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `escalation_stages_position_unique` ON `escalation_stages` (`organisation_id`,`position`);--> statement-breakpoint
CREATE TABLE `escalation_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`escalation_id` text NOT NULL,
	`kind` text NOT NULL,
	`stage_position` integer NOT NULL,
	`by_user_id` text,
	`addressed_to` text,
	`response` text,
	`act_by` text,
	`text` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressed_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "escalation_steps_kind_check" CHECK("kind" in ('raised', 'responded', 'moved', 'resolved', 'reminded', 'overdue'))
);
--> statement-breakpoint
CREATE INDEX `escalation_steps_escalation_idx` ON `escalation_steps` (`escalation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`raised_by` text NOT NULL,
	`theme` text NOT NULL,
	`what_is_wrong` text NOT NULL,
	`asking_for` text NOT NULL,
	`stage_position` integer NOT NULL,
	`addressed_to` text NOT NULL,
	`respond_by` text NOT NULL,
	`responded_at` text,
	`reminded_at` text,
	`overdue_at` text,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text,
	`resolved_at` text,
	`midway_check_id` text,
	`review_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressed_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "escalations_theme_check" CHECK("theme" in ('placement_stability', 'education', 'health', 'family_time', 'permanence', 'drift_and_delay', 'statutory_visits', 'leaving_care', 'other')),
	CONSTRAINT "escalations_status_check" CHECK("status" in ('open', 'resolved')),
	CONSTRAINT "escalations_outcome_check" CHECK("outcome" is null or "outcome" in ('resolved', 'partly_resolved', 'not_resolved', 'referred_to_cafcass', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `escalations_young_person_idx` ON `escalations` (`young_person_id`,`status`);--> statement-breakpoint
CREATE INDEX `escalations_addressee_idx` ON `escalations` (`addressed_to`,`status`);--> statement-breakpoint
CREATE INDEX `escalations_organisation_idx` ON `escalations` (`organisation_id`,`status`,`respond_by`);--> statement-breakpoint
CREATE TABLE `midway_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`review_id` text NOT NULL,
	`due_on` text NOT NULL,
	`checked_on` text NOT NULL,
	`checked_with` text NOT NULL,
	`rag` text NOT NULL,
	`note` text,
	`escalation_id` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "midway_checks_rag_check" CHECK("rag" in ('red', 'amber', 'green'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `midway_checks_review_unique` ON `midway_checks` (`review_id`);--> statement-breakpoint
CREATE INDEX `midway_checks_young_person_idx` ON `midway_checks` (`young_person_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `review_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`position` integer NOT NULL,
	`owner_user_id` text,
	`owner_role` text,
	`due_on` text,
	`state` text DEFAULT 'not_started' NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_actions_state_check" CHECK("state" in ('not_started', 'in_progress', 'done', 'not_done')),
	CONSTRAINT "review_actions_owner_role_check" CHECK("owner_role" is null or "owner_role" in ('social_worker', 'iro', 'carer', 'parent', 'personal_adviser', 'team_manager', 'young_person', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_actions_position_unique` ON `review_actions` (`review_id`,`position`);--> statement-breakpoint
CREATE INDEX `review_actions_young_person_idx` ON `review_actions` (`young_person_id`,`state`);--> statement-breakpoint
CREATE INDEX `review_actions_owner_idx` ON `review_actions` (`owner_user_id`,`state`);--> statement-breakpoint
CREATE TABLE `review_monitoring` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`review_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`plan_quality` text NOT NULL,
	`current_assessment` integer NOT NULL,
	`rag` text NOT NULL,
	`active_monitoring` integer NOT NULL,
	`concerns` text DEFAULT '[]' NOT NULL,
	`note` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_monitoring_quality_check" CHECK("plan_quality" in ('outstanding', 'good', 'requires_improvement', 'poor')),
	CONSTRAINT "review_monitoring_rag_check" CHECK("rag" in ('red', 'amber', 'green'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_monitoring_review_unique` ON `review_monitoring` (`review_id`);--> statement-breakpoint
CREATE INDEX `review_monitoring_organisation_idx` ON `review_monitoring` (`organisation_id`,`rag`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`service_area_name` text,
	`team_manager_user_id` text,
	`service_manager_user_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_manager_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_manager_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name_unique` ON `teams` (`organisation_id`,`name`);--> statement-breakpoint
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
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('request', 'reminder', 'overdue', 'reply', 'urgent', 'letter', 'feedback', 'draft_reminder', 'action', 'agreement', 'disagreement', 'monitoring', 'escalation', 'escalation_reminder', 'escalation_overdue', 'escalation_response', 'alert_escalated')),
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
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text,
	`picture_password_hash` text,
	`preferred_language` text,
	`email` text,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`disabled_at` text,
	`last_sign_in_at` text,
	`full_time_equivalent` real,
	`team_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_check" CHECK("role" in ('young_person', 'carer', 'parent', 'social_worker', 'iro', 'manager', 'translator', 'admin', 'team_manager', 'service_manager', 'director'))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "organisation_id", "role", "username", "display_name", "password_hash", "picture_password_hash", "preferred_language", "email", "failed_sign_ins", "locked_until", "disabled_at", "last_sign_in_at", "full_time_equivalent", "created_at", "updated_at") SELECT "id", "organisation_id", "role", "username", "display_name", "password_hash", "picture_password_hash", "preferred_language", "email", "failed_sign_ins", "locked_until", "disabled_at", "last_sign_in_at", "full_time_equivalent", "created_at", "updated_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_organisation_idx` ON `users` (`organisation_id`,`role`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `agreement_within_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `alert_escalate_hours` integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE `urgent_alerts` ADD `escalated_at` text;