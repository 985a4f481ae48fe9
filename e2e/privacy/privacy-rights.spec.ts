/**
 * Privacy rights (issue 16): a matched participant sees what she agreed to, exports her data
 * (the zip is read back), changes her password (her other session is signed out on its very
 * next request), then deletes her account after its confirmation page; her partner's page
 * and the facilitator's list of partnerships then show "a former participant". Accounts are
 * made here: no shared demo account is erased or changed.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import yauzl from "yauzl";
import { signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";
import { publishImportedPair } from "../support/publish-imported-pair.ts";

const PASSWORD = "a-long-enough-password";

/** The names of the files in a zip and the text of one of them. */
function readZip(path: string, wanted: string): Promise<{ names: string[]; text: string }> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      let text = "";
      zip.on("entry", (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (entry.fileName !== wanted) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            text = Buffer.concat(chunks).toString("utf8");
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve({ names, text }));
      zip.readEntry();
    });
  });
}

/** A participant makes an account with her imported address and proves it. */
async function makeAccount(
  browser: Browser,
  person: { name: string; email: string },
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await expect(
    page.getByText("By creating an account, you agree to this privacy notice."),
  ).toBeVisible();
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmailWith(person.email, /Confirm your email address/);
  await page.goto(firstLink(verification, "/api/auth/verify-email"));
  await page.goto("/account");
  return page;
}

async function signInAgain(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { email, password }, "/account");
  return page;
}

test("a participant exports her data, deletes her account, and her partner sees a former participant", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const ilse = { name: `Ilse Vandermeer ${stamp}`, email: `ilse-${stamp}@example.org` };
  const tomas = { name: `Tomás Oyarzún ${stamp}`, email: `tomas-${stamp}@example.org` };

  // A facilitator runs a round of two and publishes the pair.
  const { roundUrl } = await publishImportedPair(
    page,
    { programmeName: `Privacy programme ${stamp}`, roundName: `Privacy round ${stamp}` },
    [
      {
        ...ilse,
        country: "NL",
        timeZone: "UTC",
        library: "Utrecht Library",
        availability: "tue-14",
      },
      {
        ...tomas,
        country: "CL",
        timeZone: "UTC",
        library: "Biblioteca de Valparaíso",
        availability: "tue-14",
      },
    ],
  );

  const ilsePage = await makeAccount(browser, ilse);
  const tomasPage = await makeAccount(browser, tomas);

  // Her account page: what she agreed to, with the notice's version.
  await expect(ilsePage.getByRole("heading", { name: "Your data and privacy" })).toBeVisible();
  await expect(
    ilsePage.getByRole("cell", { name: "The privacy notice (when you created your account)" }),
  ).toBeVisible();
  await expect(ilsePage.getByRole("cell", { name: "privacy-2027-01" })).toBeVisible();
  await expectAccessible(ilsePage);

  // Export my data: one zip, read back.
  const downloading = ilsePage.waitForEvent("download");
  await ilsePage.getByRole("button", { name: "Export my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shelfmates-data-\d{4}-\d\d-\d\d\.zip$/);
  const zipPath = test.info().outputPath("export.zip");
  await download.saveAs(zipPath);
  const { names, text } = await readZip(zipPath, "shelfmates-data/data.json");
  expect(names).toEqual(
    expect.arrayContaining([
      "shelfmates-data/README.txt",
      "shelfmates-data/data.json",
      "shelfmates-data/account.csv",
      "shelfmates-data/applications.csv",
      "shelfmates-data/partnerships.csv",
      "shelfmates-data/consents.csv",
    ]),
  );
  const data = JSON.parse(text) as Record<string, Record<string, unknown>[]>;
  expect(data.account![0]).toMatchObject({ name: ilse.name, email: ilse.email });
  expect(data.applications![0]).toMatchObject({ name: ilse.name, library: "Utrecht Library" });
  expect(data.partnerships![0]).toMatchObject({ partners: tomas.name });
  expect(data.consents![0]).toMatchObject({ purpose: "privacy", textVersion: "privacy-2027-01" });
  expect(readFileSync(zipPath).subarray(0, 2).toString()).toBe("PK");

  // A password change signs her other session out on its very next request.
  const elsewhere = await signInAgain(browser, ilse.email, PASSWORD);
  await ilsePage.getByRole("link", { name: "Change my password" }).click();
  await ilsePage.locator("#field-currentPassword").fill(PASSWORD);
  await ilsePage.locator("#field-newPassword").fill("another-long-password");
  await ilsePage.locator("#field-newPasswordAgain").fill("another-long-password");
  await ilsePage.getByRole("button", { name: "Change my password" }).click();
  await expect(ilsePage.getByRole("status")).toHaveText(
    "Your password has changed. Every other session of your account has been signed out.",
  );
  await elsewhere.goto("/account");
  await expect(elsewhere).toHaveURL(/\/sign-in\?next=%2Faccount/);
  // This browser keeps its (new) session.
  await ilsePage.goto("/account");
  await expect(ilsePage.getByRole("heading", { name: "My account" })).toBeVisible();

  // Delete my account: the page says what goes and what stays; her address confirms it.
  const another = await signInAgain(browser, ilse.email, "another-long-password");
  await ilsePage.getByRole("link", { name: "Delete my account" }).click();
  await expect(ilsePage.getByRole("heading", { name: "What stays, and why" })).toBeVisible();
  await expect(
    ilsePage.getByText(/Your partner’s record shows “a former participant” instead of your name/),
  ).toBeVisible();
  await expectAccessible(ilsePage);
  await ilsePage.getByLabel("Type your email address to confirm").fill("someone@example.org");
  await ilsePage.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(
    ilsePage.locator(".field--error").getByText("Type the account’s email address exactly."),
  ).toBeVisible();
  await ilsePage.getByLabel("Type your email address to confirm").fill(ilse.email.toUpperCase());
  await ilsePage.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(
    ilsePage.getByRole("heading", { name: "The account has been deleted." }),
  ).toBeVisible();
  await expect(ilsePage.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  // Her other session is gone at once.
  await another.goto("/account");
  await expect(another).toHaveURL(/\/sign-in/);

  // Her partner's page and the facilitator's list show a former participant.
  await tomasPage.goto("/account");
  await expect(tomasPage.getByRole("heading", { name: "a former participant" })).toBeVisible();
  await tomasPage
    .getByRole("link", { name: "Open your partnership page: agreement, topics and meetings" })
    .click();
  await expect(tomasPage.getByRole("heading", { name: "a former participant" })).toBeVisible();
  await expect(tomasPage.getByText(ilse.name)).toHaveCount(0);
  await expect(tomasPage.getByText(ilse.email)).toHaveCount(0);
  await expectAccessible(tomasPage);
  await page.goto(`${roundUrl}/partnerships`);
  await expect(page.getByRole("link", { name: "a former participant" })).toBeVisible();
  await expect(page.getByText(ilse.name)).toHaveCount(0);
});
