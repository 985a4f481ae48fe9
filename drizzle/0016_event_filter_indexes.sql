CREATE INDEX "event_country" ON "event" USING btree ("country") WHERE "event"."country" <> '';--> statement-breakpoint
CREATE INDEX "event_topics" ON "event" USING gin ("topics");