DROP INDEX "application_round_created";--> statement-breakpoint
CREATE INDEX "application_round_created" ON "application" USING btree ("round_id","created_at","id");