CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`document_id` text NOT NULL,
	`publisher` text,
	`file_modified` text,
	`imported_by` integer,
	`imported_at` text NOT NULL,
	`status` text DEFAULT 'applied' NOT NULL,
	`report` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `awards` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `awards` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
CREATE UNIQUE INDEX `awards_external_id_unique` ON `awards` (`external_id`);--> statement-breakpoint
ALTER TABLE `funders` ADD `org_identifier` text;--> statement-breakpoint
ALTER TABLE `funders` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
CREATE UNIQUE INDEX `funders_org_identifier_unique` ON `funders` (`org_identifier`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `org_identifier` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_org_identifier_unique` ON `organisations` (`org_identifier`);--> statement-breakpoint
CREATE INDEX `organisations_charity_number` ON `organisations` (`charity_number`);--> statement-breakpoint
CREATE INDEX `organisations_company_number` ON `organisations` (`company_number`);--> statement-breakpoint
ALTER TABLE `projects` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_external_id_unique` ON `projects` (`external_id`);