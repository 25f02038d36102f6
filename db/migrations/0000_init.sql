CREATE TABLE `authority_field_sources` (
	`field` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`quality` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `awards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seed_key` text,
	`funder_id` integer NOT NULL,
	`programme_en` text NOT NULL,
	`programme_cy` text,
	`project_id` integer,
	`organisation_id` integer,
	`amount_pence` integer,
	`amount_period` text DEFAULT 'total' NOT NULL,
	`start_date` text,
	`start_precision` text DEFAULT 'unknown' NOT NULL,
	`end_date` text,
	`end_precision` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`status` text DEFAULT 'published' NOT NULL,
	`source_id` integer,
	`synthetic` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`funder_id`) REFERENCES `funders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "awards_has_recipient" CHECK("awards"."project_id" IS NOT NULL OR "awards"."organisation_id" IS NOT NULL),
	CONSTRAINT "awards_amount_positive" CHECK("awards"."amount_pence" IS NULL OR "awards"."amount_pence" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `awards_seed_key_unique` ON `awards` (`seed_key`);--> statement-breakpoint
CREATE INDEX `awards_funder` ON `awards` (`funder_id`);--> statement-breakpoint
CREATE INDEX `awards_project` ON `awards` (`project_id`);--> statement-breakpoint
CREATE TABLE `boundaries` (
	`boundary_set_id` text NOT NULL,
	`gss_code` text NOT NULL,
	`geometry` text NOT NULL,
	`area_km2` real NOT NULL,
	PRIMARY KEY(`boundary_set_id`, `gss_code`),
	FOREIGN KEY (`boundary_set_id`) REFERENCES `boundary_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gss_code`) REFERENCES `local_authorities`(`gss_code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `boundary_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`attribution` text NOT NULL,
	`licence` text NOT NULL,
	`generalised` integer NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author` text NOT NULL,
	`date` text,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `funders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_cy` text,
	`kind` text NOT NULL,
	`website` text,
	`source_id` integer,
	`synthetic` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funders_slug_unique` ON `funders` (`slug`);--> statement-breakpoint
CREATE TABLE `local_authorities` (
	`gss_code` text PRIMARY KEY NOT NULL,
	`iso_3166_2` text NOT NULL,
	`name_en` text NOT NULL,
	`name_cy` text NOT NULL,
	`population_2021` integer,
	`land_area_km2` real,
	`rural_wlga` integer NOT NULL,
	`police_force` text,
	`police_force_area_code` text,
	`region_id` text,
	`region_source` text,
	`historic_dispersal_area` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `local_authorities_iso_3166_2_unique` ON `local_authorities` (`iso_3166_2`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_cy` text,
	`kind` text NOT NULL,
	`charity_number` text,
	`company_number` text,
	`website` text,
	`email` text,
	`description_en` text DEFAULT '' NOT NULL,
	`description_cy` text,
	`home_gss` text,
	`status` text DEFAULT 'published' NOT NULL,
	`last_confirmed` text,
	`source_id` integer,
	`synthetic` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`home_gss`) REFERENCES `local_authorities`(`gss_code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE INDEX `organisations_home` ON `organisations` (`home_gss`);--> statement-breakpoint
CREATE TABLE `project_areas` (
	`project_id` integer NOT NULL,
	`gss_code` text NOT NULL,
	`derived` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`project_id`, `gss_code`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gss_code`) REFERENCES `local_authorities`(`gss_code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_areas_gss` ON `project_areas` (`gss_code`);--> statement-breakpoint
CREATE TABLE `project_themes` (
	`project_id` integer NOT NULL,
	`theme_id` text NOT NULL,
	PRIMARY KEY(`project_id`, `theme_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_themes_theme` ON `project_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seed_key` text,
	`organisation_id` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_cy` text,
	`description_en` text DEFAULT '' NOT NULL,
	`description_cy` text,
	`area_kind` text NOT NULL,
	`point_lng` real,
	`point_lat` real,
	`radius_km` real,
	`start_date` text,
	`start_precision` text DEFAULT 'unknown' NOT NULL,
	`end_date` text,
	`end_precision` text DEFAULT 'unknown' NOT NULL,
	`date_note` text,
	`ended_no_date` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`source_id` integer,
	`synthetic` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "projects_point_complete" CHECK("projects"."area_kind" <> 'point' OR ("projects"."point_lng" IS NOT NULL AND "projects"."point_lat" IS NOT NULL AND "projects"."radius_km" IS NOT NULL AND "projects"."radius_km" > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_seed_key_unique` ON `projects` (`seed_key`);--> statement-breakpoint
CREATE INDEX `projects_organisation` ON `projects` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_cy` text
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`quote` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_document_quote` ON `sources` (`document_id`,`quote`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_cy` text NOT NULL,
	`sort_order` integer NOT NULL
);
