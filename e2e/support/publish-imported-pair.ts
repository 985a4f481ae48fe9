import { expect, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "./accounts.ts";
import { closeApplications } from "./close-applications.ts";
import { APPLICANTS_CSV_HEADER } from "./matching-round.ts";

/** One of the pair, as the import file gives it; both speak English and like makerspaces. */
export interface ImportedApplicant {
  name: string;
  email: string;
  country: string;
  timeZone: string;
  library: string;
  /** One weekly slot, as the import file writes it ("tue-10"). */
  availability: string;
}

/**
 * Haruka in Kyoto and Marta in Salamanca, each on her own clock: Tuesday 18:00–22:00 in Tokyo
 * and 10:00–14:00 in Madrid are the same hours (09–13 UTC in winter).
 */
export function pairInTokyoAndMadrid(
  haruka: { name: string; email: string },
  marta: { name: string; email: string },
): [ImportedApplicant, ImportedApplicant] {
  return [
    {
      ...haruka,
      country: "JP",
      timeZone: "Asia/Tokyo",
      library: "Kyoto City Library",
      availability: "tue-18",
    },
    {
      ...marta,
      country: "ES",
      timeZone: "Europe/Madrid",
      library: "Biblioteca de Salamanca",
      availability: "tue-10",
    },
  ];
}

export interface ImportedPairRound {
  programmeName: string;
  roundName: string;
  /** The round's rules, which the partnership agreement shows; none when left out. */
  rulesMarkdown?: string;
  /** "YYYY-MM-DDTHH:mm"; a date already past lets closing ask nothing more. */
  applicationsClose?: string;
}

/** The import file: the first a public librarian with 7 years, the second academic with 9. */
function pairCsv(applicants: readonly [ImportedApplicant, ImportedApplicant]): string {
  const rows = applicants.map((person, i) =>
    [
      person.name,
      person.email,
      person.country,
      "en:C1",
      person.timeZone,
      person.library,
      i ? "academic" : "public",
      "mid",
      i ? "9" : "7",
      "makerspaces;copyright",
      "interests",
      "any",
      "online",
      person.availability,
    ].join(","),
  );
  return [APPLICANTS_CSV_HEADER, ...rows].join("\r\n");
}

/**
 * The demo facilitator creates a programme and a round, imports the two applicants, accepts
 * them, closes applications, runs matching and publishes their one partnership (which emails
 * them). Leaves the facilitator signed in on `page`; returns the round's facilitator address.
 */
export async function publishImportedPair(
  page: Page,
  round: ImportedPairRound,
  applicants: readonly [ImportedApplicant, ImportedApplicant],
): Promise<{ roundUrl: string; roundId: string }> {
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(round.programmeName);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(round.roundName);
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill(round.applicationsClose ?? "2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  if (round.rulesMarkdown) await page.locator("#field-rulesMarkdown").fill(round.rulesMarkdown);
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByRole("button", { name: "Close applications" })).toBeVisible({
    timeout: 20_000,
  });
  const roundUrl = page.url().split("?")[0]!;

  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await page.getByLabel("CSV file").setInputFiles({
    name: "pair.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(pairCsv(applicants)),
  });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`2 applications were imported into ${round.roundName}.`)).toBeVisible(
    { timeout: 20_000 },
  );

  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 2 submitted applications" }).click();
  await expect(page.getByText("2 applications accepted.")).toBeVisible();
  await closeApplications(page);

  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await expect(page.getByRole("heading", { name: `Result — ${round.roundName}` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText(/^Published: 1 partnership/)).toBeVisible();
  return { roundUrl, roundId: new URL(roundUrl).pathname.split("/").at(-1)! };
}
