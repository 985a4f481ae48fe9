CREATE TABLE "cache_version" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "event_country";--> statement-breakpoint
DROP INDEX "event_topics";--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_occurrence" ADD COLUMN "listed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "event_occurrence" ADD COLUMN "online" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "event_occurrence" ADD COLUMN "country" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_occurrence" ADD COLUMN "topics" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Written by hand below the generated statements' columns: what the repositories keep from now on.
UPDATE "event_occurrence" o SET "listed" = (e."status" = 'scheduled'), "online" = e."online", "country" = e."country", "topics" = e."topics" FROM "event" e WHERE e."id" = o."event_id";--> statement-breakpoint
UPDATE "network" n SET "member_count" = m."n" FROM (SELECT "network_id", count(*)::int AS "n" FROM "network_member" GROUP BY "network_id") m WHERE m."network_id" = n."id";--> statement-breakpoint
INSERT INTO "cache_version" ("name", "version") VALUES ('network_directory', 0);--> statement-breakpoint
CREATE INDEX "event_occurrence_listed" ON "event_occurrence" USING btree ("starts_at","event_id","position") WHERE "event_occurrence"."listed";--> statement-breakpoint
CREATE INDEX "event_occurrence_online" ON "event_occurrence" USING btree ("starts_at","event_id","position") WHERE "event_occurrence"."listed" and "event_occurrence"."online";--> statement-breakpoint
CREATE INDEX "event_occurrence_country" ON "event_occurrence" USING btree ("country","starts_at") WHERE "event_occurrence"."listed" and "event_occurrence"."country" <> '';--> statement-breakpoint
CREATE INDEX "event_occurrence_topics" ON "event_occurrence" USING gin ("topics") WHERE "event_occurrence"."listed";