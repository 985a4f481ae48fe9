import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn, signUpAndSignIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

test("a facilitator adds a topic with a Spanish translation and schedules it in a round", async ({
  page,
}) => {
  const title = `Reading clubs across borders ${Date.now()}`;
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "International Peer Mentoring" })).toBeVisible();
  const programmePath = new URL(page.url()).pathname;

  // The library.
  await page.goto(`${programmePath}/topics`);
  await expect(page.getByRole("heading", { name: "Discussion topics" })).toBeVisible();
  await expectAccessible(page);

  // A Spanish title without its prompt: the error sits beside the field and nothing typed is lost.
  await page.getByRole("link", { name: "Add a topic" }).click();
  await expect(page.getByRole("heading", { name: "Add a topic" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Title (English)").fill(title);
  await page
    .getByLabel("Prompt (English)")
    .fill("Does your library run a reading club?\n\n- Who comes?\n- What did you read last?");
  await page.getByLabel("Title (Español)").fill("Clubes de lectura sin fronteras");
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.locator("#field-es-prompt-error")).toHaveText(
    "A translation needs both a title and a prompt.",
  );
  await expect(page.getByLabel("Title (English)")).toHaveValue(title);
  await expect(page.getByLabel("Title (Español)")).toHaveValue("Clubes de lectura sin fronteras");
  await expectAccessible(page);
  await page
    .getByLabel("Prompt (Español)")
    .fill(
      "¿Su biblioteca tiene un club de lectura?\n\n- ¿Quién viene?\n- ¿Qué leyeron la última vez?",
    );
  await page.getByRole("button", { name: "Add topic" }).click();

  await expect(page.getByRole("status")).toHaveText("Topic added to the library.");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText("English", { exact: true })).toBeVisible();
  await expect(row.getByText("Español", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Its page shows how the prompt reads (Markdown rendered) and can archive it after asking.
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: `Edit topic: ${title}` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "¿Quién viene?" })).toBeVisible();
  await expectAccessible(page);

  // A round's schedule: choose the new topic for week 2.
  await page.goto(programmePath);
  await page.getByRole("link", { name: "Round 1", exact: true }).first().click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /Round 1/ })).toBeVisible();
  const roundPath = new URL(page.url()).pathname;
  await page.goto(`${roundPath}/topics`);
  await expect(page.getByRole("heading", { name: /Topic schedule: / })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Week 1", exact: true })).toBeVisible();
  await expectAccessible(page);
  const week2 = page.getByLabel("Topic for week 2", { exact: true });
  await week2.selectOption({ label: title });
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Schedule saved \(\d+ weeks? changed\)\.$/);
  await expect(page.getByLabel("Topic for week 2", { exact: true })).toHaveValue(
    await week2.inputValue(),
  );
  await expect(
    page.getByLabel("Topic for week 2", { exact: true }).locator("option:checked"),
  ).toHaveText(title);
  await expect(page.getByText("This is the default schedule")).toHaveCount(0);
  await expectAccessible(page);
});

test("an outsider gets 404 from the topic pages", async ({ page, browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  await signIn(facilitator, FACILITATOR, "/facilitate");
  await facilitator.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await facilitator.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  const programmePath = new URL(facilitator.url()).pathname;
  await facilitator.getByRole("link", { name: "Round 1", exact: true }).first().click();
  await facilitator.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  await expect(facilitator.getByRole("heading", { name: /Round 1/ })).toBeVisible();
  const roundPath = new URL(facilitator.url()).pathname;
  await facilitator.context().close();

  const email = `topic-outsider-${Date.now()}@example.org`;
  await signUpAndSignIn(page, {
    name: "Otto Outsider",
    email,
    password: "a-long-enough-password",
  });
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  for (const path of [
    `${programmePath}/topics`,
    `${programmePath}/topics/new`,
    `${roundPath}/topics`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain("International Peer Mentoring");
  }
  const post = await page.request.post(`${roundPath}/topics`, { form: { "week-1": "" } });
  expect(post.status()).toBe(404);
});
