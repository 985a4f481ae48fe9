/**
 * The form's long lists (countries, languages, time zones) travel once, as HTML, and the
 * browser takes them back from the page when it hydrates (LongSelect): no hydration error, a
 * choice kept, the browser's own zone chosen, and the lists also there after a client-side
 * navigation (issue 17, speed when a round opens).
 */
import { expect, test } from "@playwright/test";

const ROUND = "/p/international-peer-mentoring/round-1";

test.use({ timezoneId: "America/New_York" });

test("the form's long lists hydrate from the page and after a client-side navigation", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  // Reached by a link, so React renders the form in the browser.
  await page.goto(ROUND);
  await page.getByRole("link", { name: "Apply to this round" }).first().click();
  await expect(page.locator("#field-country option")).toHaveCount(250);
  await expect(page.locator("#field-languages-0-code option[value=es]")).toHaveText("Spanish");

  // Loaded as a page: the lists come from its HTML, and hydration must not redo them.
  await page.goto(`${ROUND}/apply`);
  await expect(page.locator("#field-timeZone")).toHaveValue("America/New York");
  await expect(page.locator("#field-country option")).toHaveCount(250);
  await page.locator("#field-country").selectOption("US");
  // A failed send re-renders the form in the browser: the choice stays.
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator("#field-country")).toHaveValue("US");
  await expect(page.locator("#field-timeZone")).toHaveValue("America/New York");
  expect(problems).toEqual([]);
});
