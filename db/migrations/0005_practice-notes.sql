CREATE TABLE `practice_notes` (
	`key` text PRIMARY KEY NOT NULL,
	`title_en` text NOT NULL,
	`description_en` text NOT NULL,
	`place` text,
	`in_wales` integer NOT NULL,
	`themes` text NOT NULL,
	`project_id` integer,
	`source_id` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
