import { expect, test } from "@playwright/test";
import { fillApplication } from "../support/application-form.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

const ROUND = "/p/international-peer-mentoring/round-1";

test("the first visit from an email link shows dates in the zone the application gave", async ({
  page,
  browser,
}) => {
  const email = `lima-${Date.now()}@example.org`;
  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, {
    name: "Rosa Quispe",
    email,
    country: "PE",
    timeZone: "America/Lima",
    language: "es",
    level: "native",
  });
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you — now check your email");
  const received = await waitForEmail(email);

  // A phone in Lima that has never opened Shelfmates: no time zone cookie yet.
  const phone = await browser.newContext({ timezoneId: "America/Lima" });
  const manage = await phone.newPage();
  await manage.goto(firstLink(received, "/applications/manage/"));
  const dates = manage.locator("main time");
  await expect(dates.first()).toBeVisible();
  for (const text of await dates.allTextContents()) {
    expect(text).toContain("GMT-5");
    expect(text).not.toContain("UTC");
  }
  await phone.close();
});
