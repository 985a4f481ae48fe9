ALTER TABLE "user" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE INDEX "user_search_text_missing" ON "user" USING btree ("id") WHERE "user"."search_text" is null;