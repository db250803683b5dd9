CREATE TABLE `allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`user_id` text NOT NULL,
	`relationship` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "allocations_relationship_check" CHECK("relationship" in ('iro', 'social_worker', 'carer', 'parent', 'advocate'))
);
--> statement-breakpoint
CREATE INDEX `allocations_user_idx` ON `allocations` (`user_id`,`relationship`);--> statement-breakpoint
CREATE INDEX `allocations_young_person_idx` ON `allocations` (`young_person_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`actor_user_id` text,
	`action` text NOT NULL,
	`subject_type` text,
	`subject_id` text,
	`young_person_id` text,
	`request_id` text,
	`client_address` text,
	`at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_organisation_idx` ON `audit_events` (`organisation_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_young_person_idx` ON `audit_events` (`young_person_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`closure_days` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`kind` text NOT NULL,
	`due_on` text NOT NULL,
	`planned_on` text,
	`held_on` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`cancelled_reason` text,
	`participation_code` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reviews_kind_check" CHECK("kind" in ('looked_after', 'pathway_plan')),
	CONSTRAINT "reviews_status_check" CHECK("status" in ('planned', 'held', 'cancelled')),
	CONSTRAINT "reviews_participation_code_check" CHECK("participation_code" is null or "participation_code" in ('PN0','PN1','PN2','PN3','PN4','PN5','PN6','PN7'))
);
--> statement-breakpoint
CREATE INDEX `reviews_young_person_idx` ON `reviews` (`young_person_id`,`status`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`issued_by` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_in_codes_hash_unique` ON `sign_in_codes` (`code_hash`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text,
	`picture_password_hash` text,
	`preferred_language` text,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`disabled_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_check" CHECK("role" in ('young_person', 'carer', 'parent', 'social_worker', 'iro', 'manager', 'translator', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_organisation_idx` ON `users` (`organisation_id`,`role`);--> statement-breakpoint
CREATE TABLE `young_people` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`user_id` text,
	`given_name` text NOT NULL,
	`family_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`preferred_language` text DEFAULT 'en' NOT NULL,
	`needs_interpreter` integer DEFAULT false NOT NULL,
	`communication_needs` text,
	`service_area` text NOT NULL,
	`looked_after_on` text,
	`legal_status` text,
	`is_unaccompanied` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "young_people_service_area_check" CHECK("service_area" in ('children_in_care', 'care_leaver', 'child_in_need', 'child_protection', 'early_help'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `young_people_user_unique` ON `young_people` (`user_id`);--> statement-breakpoint
CREATE INDEX `young_people_organisation_idx` ON `young_people` (`organisation_id`);