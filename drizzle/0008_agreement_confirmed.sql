ALTER TABLE "partnership" ADD COLUMN "agreement_confirmed_at" timestamp with time zone;--> statement-breakpoint
UPDATE "partnership" p SET "agreement_confirmed_at" = (
  SELECT max(c."confirmed_at") FROM "agreement_confirmation" c WHERE c."partnership_id" = p."id"
)
WHERE EXISTS (SELECT 1 FROM "agreement_confirmation" c WHERE c."partnership_id" = p."id")
  AND NOT EXISTS (
    SELECT 1 FROM "partnership_member" m
    WHERE m."partnership_id" = p."id" AND m."left_at" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "agreement_confirmation" c
                      WHERE c."partnership_id" = p."id" AND c."application_id" = m."application_id")
  );
