ALTER TABLE "application" ADD COLUMN "import_job_id" text;--> statement-breakpoint
ALTER TABLE "import_job" ADD COLUMN "file" "bytea";--> statement-breakpoint
CREATE INDEX "application_import_job" ON "application" USING btree ("import_job_id");