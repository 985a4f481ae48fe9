CREATE TABLE "spotlight" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"subject_user_id" text,
	"subject_email" text DEFAULT '' NOT NULL,
	"subject_name" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link_url" text DEFAULT '' NOT NULL,
	"image_url" text DEFAULT '' NOT NULL,
	"image_alt" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'asked' NOT NULL,
	"answer_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spotlight_thanks" (
	"spotlight_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spotlight_thanks_spotlight_id_user_id_pk" PRIMARY KEY("spotlight_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_offer" (
	"id" text PRIMARY KEY NOT NULL,
	"mentor_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"nomination_id" text,
	"round_id" text,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "nomination" (
	"id" text PRIMARY KEY NOT NULL,
	"opportunity_id" text NOT NULL,
	"nominator_id" text,
	"nominee_user_id" text,
	"nominee_email" text NOT NULL,
	"nominee_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'asked' NOT NULL,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	"outcome_by" text,
	"answer_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "opportunity" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text,
	"programme_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"visibility" text DEFAULT 'hidden' NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"country" text DEFAULT '' NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"open_to_mentoring" boolean DEFAULT false NOT NULL,
	"looking_for_mentor" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guide" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"status" text DEFAULT 'writing' NOT NULL,
	"licence" text DEFAULT 'CC-BY-4.0' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "guide_chapter" (
	"id" text PRIMARY KEY NOT NULL,
	"guide_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"published_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guide_chapter_author" (
	"chapter_id" text NOT NULL,
	"user_id" text NOT NULL,
	"credit_name" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_chapter_author_chapter_id_user_id_pk" PRIMARY KEY("chapter_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "guide_chapter_revision" (
	"chapter_id" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"kind" text DEFAULT 'edit' NOT NULL,
	"restored_from" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guide_chapter_revision_chapter_id_version_pk" PRIMARY KEY("chapter_id","version")
);
--> statement-breakpoint
CREATE TABLE "consent_record" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"email" text NOT NULL,
	"purpose" text NOT NULL,
	"text_version" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "application_retention_days" integer DEFAULT 730;--> statement-breakpoint
ALTER TABLE "round" ADD COLUMN "applications_anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "spotlight" ADD CONSTRAINT "spotlight_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spotlight" ADD CONSTRAINT "spotlight_subject_user_id_user_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spotlight_thanks" ADD CONSTRAINT "spotlight_thanks_spotlight_id_spotlight_id_fk" FOREIGN KEY ("spotlight_id") REFERENCES "public"."spotlight"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spotlight_thanks" ADD CONSTRAINT "spotlight_thanks_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_offer" ADD CONSTRAINT "mentoring_offer_mentor_id_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_offer" ADD CONSTRAINT "mentoring_offer_mentee_id_user_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_offer" ADD CONSTRAINT "mentoring_offer_nomination_id_nomination_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nomination"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_offer" ADD CONSTRAINT "mentoring_offer_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_opportunity_id_opportunity_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_nominator_id_user_id_fk" FOREIGN KEY ("nominator_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_nominee_user_id_user_id_fk" FOREIGN KEY ("nominee_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_outcome_by_user_id_fk" FOREIGN KEY ("outcome_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_profile" ADD CONSTRAINT "member_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide" ADD CONSTRAINT "guide_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide" ADD CONSTRAINT "guide_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_chapter" ADD CONSTRAINT "guide_chapter_guide_id_guide_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guide"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_chapter_author" ADD CONSTRAINT "guide_chapter_author_chapter_id_guide_chapter_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."guide_chapter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_chapter_author" ADD CONSTRAINT "guide_chapter_author_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_chapter_revision" ADD CONSTRAINT "guide_chapter_revision_chapter_id_guide_chapter_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."guide_chapter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_chapter_revision" ADD CONSTRAINT "guide_chapter_revision_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spotlight_published" ON "spotlight" USING btree ("answered_at","id") WHERE "spotlight"."status" = 'published';--> statement-breakpoint
CREATE INDEX "spotlight_subject" ON "spotlight" USING btree ("subject_user_id");--> statement-breakpoint
CREATE INDEX "spotlight_author" ON "spotlight" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "spotlight_subject_email" ON "spotlight" USING btree ("subject_email");--> statement-breakpoint
CREATE INDEX "spotlight_answer_token" ON "spotlight" USING btree ("answer_token_hash");--> statement-breakpoint
CREATE INDEX "mentoring_offer_mentee" ON "mentoring_offer" USING btree ("mentee_id");--> statement-breakpoint
CREATE INDEX "mentoring_offer_mentor" ON "mentoring_offer" USING btree ("mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_opportunity_email" ON "nomination" USING btree ("opportunity_id","nominee_email");--> statement-breakpoint
CREATE INDEX "nomination_nominee" ON "nomination" USING btree ("nominee_user_id");--> statement-breakpoint
CREATE INDEX "nomination_nominator" ON "nomination" USING btree ("nominator_id");--> statement-breakpoint
CREATE INDEX "nomination_answer_token" ON "nomination" USING btree ("answer_token_hash");--> statement-breakpoint
CREATE INDEX "opportunity_deadline" ON "opportunity" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "opportunity_network" ON "opportunity" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "opportunity_programme" ON "opportunity" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "member_profile_listed" ON "member_profile" USING btree ("visibility","updated_at");--> statement-breakpoint
CREATE INDEX "guide_round" ON "guide" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guide_chapter_position" ON "guide_chapter" USING btree ("guide_id","position");--> statement-breakpoint
CREATE INDEX "consent_record_user" ON "consent_record" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "consent_record_email" ON "consent_record" USING btree ("email");