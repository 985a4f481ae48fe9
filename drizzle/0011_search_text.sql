-- Stored search texts (issue 17, item 11): foldForSearch of the searchable fields, written by
-- the repositories with each row. Existing rows are folded at start by
-- src/db/backfill-search-text.ts (the rule is JavaScript; SQL cannot reproduce it exactly),
-- which finds them through the partial indexes below.
ALTER TABLE "application" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE INDEX "application_search_text_missing" ON "application" USING btree ("id") WHERE "application"."search_text" is null;--> statement-breakpoint
CREATE INDEX "email_outbox_search_text_missing" ON "email_outbox" USING btree ("id") WHERE "email_outbox"."search_text" is null;