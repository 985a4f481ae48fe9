CREATE TABLE "email_opt_out" (
	"email" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_opt_out_email_kind_pk" PRIMARY KEY("email","kind")
);
--> statement-breakpoint
CREATE TABLE "agreement_confirmation" (
	"partnership_id" text NOT NULL,
	"application_id" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_confirmation_partnership_id_application_id_pk" PRIMARY KEY("partnership_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "check_in" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"application_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"answer" text,
	"good_match" text,
	"note" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"reason" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"partnership_id" text NOT NULL,
	"logged_by" text NOT NULL,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text NOT NULL,
	"format" text NOT NULL,
	"shared_note" text DEFAULT '' NOT NULL,
	"private_note" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_topic" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"week" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"position" integer NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic_delivery" (
	"partnership_id" text NOT NULL,
	"round_topic_id" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "topic_delivery_partnership_id_round_topic_id_pk" PRIMARY KEY("partnership_id","round_topic_id")
);
--> statement-breakpoint
CREATE TABLE "topic_translation" (
	"topic_id" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"prompt_markdown" text NOT NULL,
	CONSTRAINT "topic_translation_topic_id_locale_pk" PRIMARY KEY("topic_id","locale")
);
--> statement-breakpoint
CREATE TABLE "group_session" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_rsvp" (
	"session_id" text NOT NULL,
	"application_id" text NOT NULL,
	"answer" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_rsvp_session_id_application_id_pk" PRIMARY KEY("session_id","application_id")
);
--> statement-breakpoint
DROP INDEX "partnership_member_application";--> statement-breakpoint
ALTER TABLE "partnership" ALTER COLUMN "run_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "check_in_every_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "nudge_after_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "follow_up_after_days" integer DEFAULT 28 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "unsubscribe_url" text;--> statement-breakpoint
ALTER TABLE "partnership" ADD COLUMN "nudged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnership" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnership_member" ADD COLUMN "left_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_confirmation" ADD CONSTRAINT "agreement_confirmation_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_confirmation" ADD CONSTRAINT "agreement_confirmation_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_logged_by_application_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_topic" ADD CONSTRAINT "round_topic_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_topic" ADD CONSTRAINT "round_topic_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic" ADD CONSTRAINT "topic_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_delivery" ADD CONSTRAINT "topic_delivery_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_delivery" ADD CONSTRAINT "topic_delivery_round_topic_id_round_topic_id_fk" FOREIGN KEY ("round_topic_id") REFERENCES "public"."round_topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_translation" ADD CONSTRAINT "topic_translation_topic_id_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_session" ADD CONSTRAINT "group_session_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_session" ADD CONSTRAINT "group_session_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_rsvp" ADD CONSTRAINT "session_rsvp_session_id_group_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_rsvp" ADD CONSTRAINT "session_rsvp_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_member_sequence" ON "check_in" USING btree ("partnership_id","application_id","sequence");--> statement-breakpoint
CREATE INDEX "check_in_partnership" ON "check_in" USING btree ("partnership_id","answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_one_open" ON "follow_up" USING btree ("partnership_id") WHERE "follow_up"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "follow_up_partnership" ON "follow_up" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "meeting_partnership" ON "meeting" USING btree ("partnership_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "round_topic_week" ON "round_topic" USING btree ("round_id","week");--> statement-breakpoint
CREATE INDEX "topic_programme" ON "topic" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "group_session_round" ON "group_session" USING btree ("round_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_member_application" ON "partnership_member" USING btree ("application_id") WHERE "partnership_member"."left_at" is null;