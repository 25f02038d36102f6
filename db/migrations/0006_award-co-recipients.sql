CREATE TABLE `award_co_recipients` (
	`award_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`award_id`, `organisation_id`),
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
