CREATE TABLE `small_area_populations` (
	`code` text PRIMARY KEY NOT NULL,
	`population` integer NOT NULL,
	`source` text NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `boundaries` ADD `display_geometry` text;--> statement-breakpoint
ALTER TABLE `boundary_sets` ADD `source` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `boundary_sets` ADD `imported_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `boundary_sets` ADD `report` text;--> statement-breakpoint
ALTER TABLE `boundary_sets` ADD `activated_at` text;--> statement-breakpoint
ALTER TABLE `boundary_sets` ADD `activated_by` integer REFERENCES users(id);