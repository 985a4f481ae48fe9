/**
 * The event form's country and language names come from the runtime's Unicode data, which
 * Node and Chromium do not share. Built on both sides, they failed the page's hydration
 * (React error 418), React drew the form again, and a title typed meanwhile was lost.
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";

test("the event form hydrates without an error, so nothing typed early is lost", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signIn(page, FACILITATOR, "/facilitate");
  await page.goto("/events/new?programme=international-peer-mentoring");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await expect(page.getByLabel("Country")).toHaveValue("");
  await expect(page.getByLabel("Time zone")).not.toHaveValue("");
});
