import { describe, expect, it } from "vitest";
import { countryOptions, optionsHtml, timeZoneOptionsHtml } from "./option-lists.ts";

describe("the form's long lists", () => {
  it("mark the chosen country, and only it", () => {
    const html = optionsHtml(countryOptions("en"), "PE", "Choose a country");
    expect(html.match(/ selected/g)).toHaveLength(1);
    expect(html).toContain("<option value=PE selected>Peru<option ");
    expect(html.startsWith('<option value="">Choose a country<option ')).toBe(true);
  });

  it("mark the chosen time zone, also the last one and one the list lacks", () => {
    const list = timeZoneOptionsHtml("", "Choose");
    const zones = list.split("<option>").slice(1);
    const last = zones.at(-1)!;
    for (const zone of ["America/New_York", last.replace(/ /g, "_")]) {
      const html = timeZoneOptionsHtml(zone, "Choose");
      expect(html.match(/ selected/g)).toHaveLength(1);
      expect(html.replace("<option selected>", "<option>")).toBe(list);
    }
    expect(timeZoneOptionsHtml("Etc/Unknown", "Choose")).toContain(
      "<option selected>Etc/Unknown<option>",
    );
  });

  // 23 KB when every option had its end tag and quoted code.
  it("leave out what HTML does not need, so a phone loads less (issue 17)", () => {
    const country = optionsHtml(countryOptions("en"), "", "Choose a country");
    const zones = timeZoneOptionsHtml("", "Choose");
    expect(country + zones).not.toContain("</option>");
    expect(country.length + zones.length).toBeLessThan(17_000);
  });
});
