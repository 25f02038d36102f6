ALTER TABLE `awards` ADD `amount_approximate` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `date_note` text;