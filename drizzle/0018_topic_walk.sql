CREATE TABLE "event_occurrence_topic" (
	"topic" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"event_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "event_occurrence_topic_topic_starts_at_event_id_position_pk" PRIMARY KEY("topic","starts_at","event_id","position")
);
--> statement-breakpoint
DROP INDEX "event_occurrence_topics";--> statement-breakpoint
ALTER TABLE "event_occurrence_topic" ADD CONSTRAINT "event_occurrence_topic_event_id_position_event_occurrence_event_id_position_fk" FOREIGN KEY ("event_id","position") REFERENCES "public"."event_occurrence"("event_id","position") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_occurrence_topic_occurrence" ON "event_occurrence_topic" USING btree ("event_id","position");--> statement-breakpoint
-- Written by hand: the listed occurrences' topics, as the repository writes them from now on.
INSERT INTO "event_occurrence_topic" ("topic", "starts_at", "event_id", "position") SELECT DISTINCT t."topic", o."starts_at", o."event_id", o."position" FROM "event_occurrence" o JOIN "event" e ON e."id" = o."event_id" CROSS JOIN LATERAL jsonb_array_elements_text(e."topics") AS t("topic") WHERE o."listed";--> statement-breakpoint
ALTER TABLE "event_occurrence" DROP COLUMN "topics";