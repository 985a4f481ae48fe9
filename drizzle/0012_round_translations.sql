-- Round texts in several languages (issue 17, item 15): a round's theme and rules per language
-- besides the programme's default (the round's own columns), question labels and options per
-- language, and when an applicant agreed to the rules on the form. No backfill: older
-- applications were never asked to agree, so rules_agreed_at stays null for them.
CREATE TABLE "round_translation" (
	"round_id" text NOT NULL,
	"locale" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"rules_markdown" text DEFAULT '' NOT NULL,
	CONSTRAINT "round_translation_round_id_locale_pk" PRIMARY KEY("round_id","locale")
);
--> statement-breakpoint
ALTER TABLE "round_question" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "application" ADD COLUMN "rules_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "round_translation" ADD CONSTRAINT "round_translation_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;