CREATE TABLE "import_job_chunk" (
	"import_job_id" text NOT NULL,
	"position" integer NOT NULL,
	"rows" jsonb NOT NULL,
	CONSTRAINT "import_job_chunk_import_job_id_position_pk" PRIMARY KEY("import_job_id","position")
);
--> statement-breakpoint
ALTER TABLE "import_job_chunk" ADD CONSTRAINT "import_job_chunk_import_job_id_import_job_id_fk" FOREIGN KEY ("import_job_id") REFERENCES "public"."import_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" DROP COLUMN "file";