DROP INDEX "partnership_round";--> statement-breakpoint
CREATE INDEX "application_email" ON "application" USING btree ("email");--> statement-breakpoint
CREATE INDEX "check_in_in_touch" ON "check_in" USING btree ("partnership_id","answered_at") WHERE "check_in"."answer" = 'in_touch';--> statement-breakpoint
CREATE INDEX "follow_up_open_by_reason" ON "follow_up" USING btree ("reason","opened_at") WHERE "follow_up"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "meeting_held" ON "meeting" USING btree ("partnership_id","starts_at") WHERE "meeting"."status" = 'held';--> statement-breakpoint
CREATE INDEX "partnership_round" ON "partnership" USING btree ("round_id","status","created_at");