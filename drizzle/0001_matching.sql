CREATE TABLE "match_constraint" (
	"round_id" text NOT NULL,
	"kind" text NOT NULL,
	"application_a" text NOT NULL,
	"application_b" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_constraint_round_id_application_a_application_b_pk" PRIMARY KEY("round_id","application_a","application_b")
);
--> statement-breakpoint
CREATE TABLE "matching_run" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"progress" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"seed" integer NOT NULL,
	"based_on_run_id" text,
	"result" jsonb,
	"manual_changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_score" integer,
	"lowest_score" integer,
	"error" text,
	"engine_ms" integer
);
--> statement-breakpoint
CREATE TABLE "partnership" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"run_id" text NOT NULL,
	"kind" text NOT NULL,
	"score" integer NOT NULL,
	"links" jsonb NOT NULL,
	"breaks_hard_rule" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_member" (
	"partnership_id" text NOT NULL,
	"application_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "partnership_member_partnership_id_application_id_pk" PRIMARY KEY("partnership_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "round_publication" (
	"round_id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text
);
--> statement-breakpoint
ALTER TABLE "match_constraint" ADD CONSTRAINT "match_constraint_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_constraint" ADD CONSTRAINT "match_constraint_application_a_application_id_fk" FOREIGN KEY ("application_a") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_constraint" ADD CONSTRAINT "match_constraint_application_b_application_id_fk" FOREIGN KEY ("application_b") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_constraint" ADD CONSTRAINT "match_constraint_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_run" ADD CONSTRAINT "matching_run_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_run" ADD CONSTRAINT "matching_run_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_run_id_matching_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_member" ADD CONSTRAINT "partnership_member_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_member" ADD CONSTRAINT "partnership_member_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_publication" ADD CONSTRAINT "round_publication_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_publication" ADD CONSTRAINT "round_publication_run_id_matching_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_publication" ADD CONSTRAINT "round_publication_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_run_round" ON "matching_run" USING btree ("round_id","created_at");--> statement-breakpoint
CREATE INDEX "partnership_round" ON "partnership" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_member_application" ON "partnership_member" USING btree ("application_id");