/**
 * Single sign-on (issue 16): the test server's environment names an OpenID provider (the
 * in-process oauth2-mock-server with a sign-in page of its own, e2e/support/serve-for-tests).
 * A librarian signs in with it and lands signed in where she was going; an account that
 * exists already is not joined when the provider does not vouch for the address; the page in
 * Spanish and French; the administrators' page says the environment's provider wins and
 * tests its discovery document. Axe on every page of ours.
 */
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn, submitSignUp } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

const PROVIDER = "Test Library Association";

/** The provider's own sign-in page (not ours: no axe scan). */
async function atTheProvider(
  page: Page,
  person: { name: string; email: string; verified: boolean },
) {
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Your email").fill(person.email);
  await page.getByLabel("This address is verified").setChecked(person.verified);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a librarian signs in with her association's provider and lands signed in", async ({
  page,
}) => {
  const email = `ines-sso-${Date.now()}@example.org`;
  await page.goto("/sign-in?next=/account");
  const button = page.getByRole("button", { name: `Sign in with ${PROVIDER}` });
  await expect(button).toBeVisible();
  await expect(page.getByText(/The first time, this opens your Shelfmates account/)).toBeVisible();
  await expectAccessible(page);
  await button.click();

  await atTheProvider(page, { name: "Inés Ferreira", email, verified: true });
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as Inés Ferreira (${email})`)).toBeVisible();
  await expectAccessible(page);

  // Signing out and in again with the provider is the same account, no second one.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in?next=/account");
  await page.getByRole("button", { name: `Sign in with ${PROVIDER}` }).click();
  await atTheProvider(page, { name: "Inés Ferreira", email, verified: true });
  await expect(page.getByText(`Signed in as Inés Ferreira (${email})`)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the button still signs a librarian in with the provider", async ({ page }) => {
    const email = `keziah-sso-${Date.now()}@example.org`;
    await page.goto("/sign-in?next=/account");
    await page.getByRole("button", { name: `Sign in with ${PROVIDER}` }).click();
    await atTheProvider(page, { name: "Keziah Mwangi", email, verified: true });
    await expect(page.getByText(`Signed in as Keziah Mwangi (${email})`)).toBeVisible();
  });
});

test("an existing account is not taken over when the provider does not vouch for the address", async ({
  page,
}) => {
  const email = `joao-sso-${Date.now()}@example.org`;
  await submitSignUp(page, { name: "João Silva", email, password: "joao-password-123" });

  await page.goto("/sign-in?next=/account");
  await page.getByRole("button", { name: `Sign in with ${PROVIDER}` }).click();
  await atTheProvider(page, { name: "Someone else", email, verified: false });
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByRole("alert")).toContainText(
    "An account with this email address already exists, and it was not joined",
  );
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expectAccessible(page);

  // Her password still opens her own account, under her own name.
  await signIn(page, { email, password: "joao-password-123" }, "/account");
  await expect(page.getByText(`Signed in as João Silva (${email})`)).toBeVisible();
});

test("the button and the provider's refusals in Spanish and French", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: `Iniciar sesión con ${PROVIDER}` })).toBeVisible();
  await page.goto("/sign-in?sso=failed&error=access_denied");
  await expect(page.getByRole("alert")).toHaveText(
    `El inicio de sesión con ${PROVIDER} se canceló o se rechazó allí. Puedes volver a intentarlo.`,
  );
  await expectAccessible(page);

  await page.getByLabel("Idioma").selectOption("fr");
  await page.getByRole("button", { name: "Cambiar", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto("/sign-in?sso=failed&error=SSO_EMAIL_NOT_VERIFIED");
  await expect(page.getByRole("button", { name: `Se connecter avec ${PROVIDER}` })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(
    `${PROVIDER} n’a pas confirmé votre adresse e-mail : aucun compte n’a été ouvert.`,
  );
  // Whatever a provider puts in the address is not shown as it is.
  await page.goto("/sign-in?sso=failed&error=%3Cscript%3E&error_description=Stack%20trace");
  await expect(page.getByRole("alert")).toContainText(`La connexion avec ${PROVIDER} n’a pas`);
  await expect(page.getByText("Stack trace")).toHaveCount(0);
  await expectAccessible(page);
});

test("administrators see that the environment's provider wins, and test its discovery", async ({
  page,
}) => {
  await signIn(page, ADMIN, "/account");
  await page.getByRole("link", { name: "Single sign-on" }).click();
  await expect(page.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
  await expect(
    page.getByText(`In use: ${PROVIDER}, set by the server’s environment.`),
  ).toBeVisible();
  await expect(page.getByText(/It wins: people sign in with it/)).toBeVisible();
  await expectAccessible(page);
  // At 360 px the long addresses break instead of widening the page.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  const issuer = await page
    .getByRole("region", { name: "Set by the server’s environment" })
    .locator("code")
    .first()
    .innerText();
  await page.getByLabel("Issuer URL").fill(issuer);
  await page.getByRole("button", { name: "Test the provider" }).click();
  await expect(page.getByRole("status")).toContainText(
    `The provider answered at ${issuer}/.well-known/openid-configuration with a usable discovery document.`,
  );
  await expectAccessible(page);

  await page.getByLabel("Issuer URL").fill("http://127.0.0.1:9/nothing-here");
  await page.getByRole("button", { name: "Test the provider" }).click();
  await expect(page.getByRole("status")).toContainText(
    "No answer from http://127.0.0.1:9/nothing-here/.well-known/openid-configuration",
  );
});
