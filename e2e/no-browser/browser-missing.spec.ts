import { test } from "@playwright/test";

// Runs instead of the journeys when Chromium is missing (never under CI=true, where the
// configuration fails instead), so the skip is visible in the report.
test("browser journeys", () => {
  test.skip(true, "Chromium is not installed: apt-get install -y chromium");
});
