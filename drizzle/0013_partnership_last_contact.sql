ALTER TABLE "partnership" ADD COLUMN "last_contact_at" timestamp with time zone;--> statement-breakpoint
-- Backfill: the latest held meeting or "in touch" answer of each partnership, the expression
-- src/db/repositories/partnership-last-contact.ts keeps it with from now on.
UPDATE "partnership" p SET "last_contact_at" = greatest(
  (select max(m.starts_at) from meeting m where m.partnership_id = p.id and m.status = 'held'),
  (select max(c.answered_at) from check_in c
   where c.partnership_id = p.id and c.answer = 'in_touch'));--> statement-breakpoint
CREATE INDEX "partnership_unconfirmed" ON "partnership" USING btree ("round_id","created_at") WHERE "partnership"."status" = 'active' and "partnership"."agreement_confirmed_at" is null;
