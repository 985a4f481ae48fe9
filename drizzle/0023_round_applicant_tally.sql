CREATE TABLE "round_applicant_tally" (
	"round_id" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "round_applicant_tally_round_id_facet_value_pk" PRIMARY KEY("round_id","facet","value")
);
--> statement-breakpoint
ALTER TABLE "round_applicant_tally" ADD CONSTRAINT "round_applicant_tally_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The tally follows every change to applications, in the changing statement's own
-- transaction: once per statement (an import of a thousand rows adds its counts at once),
-- from the rows it inserted (+1), deleted (-1) or updated (old -1, new +1). Rows go in key
-- order, so two transactions never wait on each other's rows in opposite orders. A round
-- being deleted takes its tally with it; its applications' last changes are not written.
CREATE FUNCTION round_applicant_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $function$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT round_id, country, sector, status, languages, 1 AS s FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT round_id, country, sector, status, languages, -1 AS s FROM old_rows'
    ELSE 'SELECT round_id, country, sector, status, languages, 1 AS s FROM new_rows
          UNION ALL SELECT round_id, country, sector, status, languages, -1 FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH changed AS (%s),
    facets AS (
      SELECT round_id, 'country' AS facet, country AS value, s FROM changed
      UNION ALL SELECT round_id, 'sector', sector, s FROM changed
      UNION ALL SELECT round_id, 'status', status, s FROM changed
      UNION ALL SELECT c.round_id, 'language', l.code, c.s
        FROM changed c,
        LATERAL (SELECT DISTINCT e->>'code' AS code FROM jsonb_array_elements(c.languages) e) l
        WHERE l.code IS NOT NULL
    ),
    delta AS (
      SELECT round_id, facet, value, sum(s)::int AS n FROM facets
      GROUP BY round_id, facet, value HAVING sum(s) <> 0
    )
    INSERT INTO round_applicant_tally AS t (round_id, facet, value, count)
    SELECT d.round_id, d.facet, d.value, d.n FROM delta d
    WHERE EXISTS (SELECT 1 FROM round r WHERE r.id = d.round_id)
    ORDER BY d.round_id, d.facet, d.value
    ON CONFLICT (round_id, facet, value) DO UPDATE SET count = t.count + excluded.count
  $sql$, changed);
  RETURN NULL;
END
$function$;
--> statement-breakpoint
CREATE TRIGGER application_tally_insert AFTER INSERT ON application
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION round_applicant_tally_follow();
--> statement-breakpoint
CREATE TRIGGER application_tally_update AFTER UPDATE ON application
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION round_applicant_tally_follow();
--> statement-breakpoint
CREATE TRIGGER application_tally_delete AFTER DELETE ON application
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION round_applicant_tally_follow();
--> statement-breakpoint
-- The applications already there.
INSERT INTO round_applicant_tally (round_id, facet, value, count)
SELECT round_id, facet, value, count(*)::int FROM (
  SELECT round_id, 'country' AS facet, country AS value FROM application
  UNION ALL SELECT round_id, 'sector', sector FROM application
  UNION ALL SELECT round_id, 'status', status FROM application
  UNION ALL SELECT round_id, 'language', code FROM (
    SELECT DISTINCT a.id, a.round_id, e->>'code' AS code
    FROM application a, jsonb_array_elements(a.languages) e WHERE e->>'code' IS NOT NULL
  ) AS spoken
) AS facets
GROUP BY round_id, facet, value;
