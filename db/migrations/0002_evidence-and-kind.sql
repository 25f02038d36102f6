ALTER TABLE `awards` ADD `last_evidenced` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `last_evidenced` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `kind` text DEFAULT 'service' NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `last_evidenced` text;