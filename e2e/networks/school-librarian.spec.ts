/**
 * Issue 14's journey: a school librarian finds her national network in the directory by
 * searching and filtering, joins it and chooses to show her membership to other members,
 * registers for the network's four-week course from its page and downloads the course's .ics
 * (read back as a calendar app would); the directory and the network's page also read in
 * Spanish and French.
 */
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo } from "../support/mailbox.ts";
import { fillCourse, publishEvent, readDownloadedEvent } from "../events/event-journeys.ts";
import { approveNetwork, newVerifiedMember, proposeNetwork } from "./network-journeys.ts";

test("a school librarian finds her national network, joins, registers for the course, downloads the .ics", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const name = `School Librarians of Ireland ${stamp}`;
  await signIn(page, ADMIN, "/networks");
  await proposeNetwork(page, {
    name,
    kind: "National",
    description: "Every school librarian in Ireland, north and south.",
    country: "Ireland",
    online: true,
    sectors: ["School library"],
    language: "English",
  });
  const networkSlug = new URL(page.url()).pathname.split("/").at(-1)!;
  await approveNetwork(page, name);
  // Its proposer, now its first organiser, publishes the network's course.
  const course = `Managing a small school library ${stamp}`;
  await publishEvent(
    page,
    `network=${networkSlug}`,
    (form) => fillCourse(form, "https://learn.example.org/school-library"),
    course,
  );

  const aoife = await newVerifiedMember(browser, "Aoife Byrne", `aoife-${stamp}@example.org`);
  await aoife.getByRole("link", { name: "Networks" }).first().click();
  await expect(aoife.getByRole("heading", { name: "Networks", level: 1 })).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByLabel("Name, place or words in the description").fill(`ireland ${stamp}`);
  await aoife.getByLabel("Country", { exact: true }).selectOption({ label: "Ireland" });
  await aoife.getByLabel("Sector", { exact: true }).selectOption({ label: "School library" });
  await aoife.getByLabel("Kind", { exact: true }).selectOption({ label: "National" });
  await aoife.getByRole("button", { name: "Search" }).click();
  await expect(aoife.getByText("1 network found.")).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByRole("link", { name }).click();

  await expect(aoife.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByRole("button", { name: "Join this network" }).click();
  await expect(aoife.getByRole("status")).toContainText("You joined the network.");
  await expect(aoife.getByText("Your membership is hidden from other members.")).toBeVisible();
  await aoife.getByRole("button", { name: "Show my membership to other members" }).click();
  await expect(aoife.getByRole("status")).toContainText("now see that you are a member");
  await expect(
    aoife
      .getByRole("region", { name: "Members who show their membership" })
      .getByText("Aoife Byrne"),
  ).toBeVisible();
  await expectAccessible(aoife);

  // The network's course, from its page: she registers and downloads the .ics.
  const networkPage = aoife.url();
  await aoife.getByRole("region", { name: "Events" }).getByRole("link", { name: course }).click();
  await expect(aoife.getByRole("heading", { name: course, level: 1 })).toBeVisible();
  await expect(aoife.getByText("4 weeks, one unit a week, at your own pace")).toBeVisible();
  await aoife.getByRole("button", { name: "Register" }).click();
  await expect(aoife.getByText("You are registered.", { exact: true })).toBeVisible();
  await expect(aoife.getByRole("link", { name: "Join online" })).toHaveAttribute(
    "href",
    "https://learn.example.org/school-library",
  );
  await expectAccessible(aoife);
  const download = aoife.waitForEvent("download");
  await aoife.getByRole("link", { name: /Download the \.ics file/ }).click();
  const vevent = await readDownloadedEvent(await download);
  expect(vevent.getFirstPropertyValue("summary")).toBe(course);
  // 09:00 in London in May is 08:00 UTC.
  expect(String(vevent.getFirstPropertyValue("dtstart"))).toBe("2030-05-06T08:00:00Z");
  expect(String(vevent.getFirstPropertyValue("description"))).toContain(
    "https://learn.example.org/school-library",
  );
  const email = `aoife-${stamp}@example.org`;
  await expect
    .poll(() => emailsTo(email).some((m) => m.subject === `You are registered: ${course}`), {
      timeout: 90_000,
    })
    .toBe(true);
  await aoife.goto(networkPage);

  // Other signed-in members see her; a visitor who is not signed in sees only the count.
  await page.goto(new URL(aoife.url()).pathname);
  await expect(page.getByText("Aoife Byrne")).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(aoife.url()).pathname);
  await expect(visitor.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(visitor.getByText("Aoife Byrne")).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Sign in to join this network" })).toBeVisible();

  // In Spanish and in French.
  await visitor
    .context()
    .addCookies([{ name: "lang", value: "es", url: new URL("/", visitor.url()).href }]);
  await visitor.goto(`/networks?q=${stamp}`);
  await expect(visitor.getByRole("heading", { name: "Redes", level: 1 })).toBeVisible();
  await expect(visitor.getByText("1 red encontrada.")).toBeVisible();
  await expectAccessible(visitor);
  await visitor
    .context()
    .addCookies([{ name: "lang", value: "fr", url: new URL("/", visitor.url()).href }]);
  await visitor.getByRole("link", { name }).click();
  await expect(visitor.getByText("Connectez-vous pour rejoindre ce réseau")).toBeVisible();
  await expectAccessible(visitor);

  await aoife.getByRole("button", { name: "Leave the network" }).click();
  await expect(aoife.getByRole("status")).toContainText("You left the network.");
});
