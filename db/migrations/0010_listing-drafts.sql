CREATE TABLE `listing_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_drafts_user` ON `listing_drafts` (`user_id`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `group_id` integer;--> statement-breakpoint
ALTER TABLE `submissions` ADD `part_key` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `parent_key` text;--> statement-breakpoint
CREATE INDEX `submissions_group` ON `submissions` (`group_id`);