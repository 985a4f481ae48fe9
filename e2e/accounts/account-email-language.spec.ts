import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

test("account emails go out in the language of the page they were asked from", async ({
  page,
  context,
}) => {
  // An account made in English…
  const email = `idioma-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Rosa Quispe");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("first-password-123");
  await page.getByLabel("Password again").fill("first-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmail(email, 1);
  expect(verification.subject).toBe("Confirm your email address");

  // …asks for a sign-in link and a new password from Spanish pages.
  await context.addCookies([{ name: "lang", value: "es", url: "http://localhost" }]);
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Correo electrónico" }).last().fill(email);
  await page.getByRole("button", { name: "Enviarme un enlace" }).click();
  await expect(page.getByText(/le llegará un enlace de acceso/)).toBeVisible();
  await expectAccessible(page);
  const magic = await waitForEmail(email, 2);
  expect(magic.subject).toBe("Su enlace para iniciar sesión en Shelfmates");
  expect(firstLink(magic, "/api/auth/magic-link/verify")).toBeTruthy();

  await page.goto("/forgot-password");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("button", { name: "Enviar el enlace" }).click();
  await expect(page.getByText(/le hemos enviado un enlace/)).toBeVisible();
  const reset = await waitForEmail(email, 3);
  expect(reset.subject).toBe("Restablezca su contraseña de Shelfmates");
});
