import { describe, expect, it } from "vitest";
import { emptyPersonalData, personalDataCsv, personalDataJson } from "./data-export.ts";

describe("the data export's files", () => {
  it("writes every kind in the JSON, dates in UTC, empty kinds as empty lists", () => {
    const data = emptyPersonalData();
    data.account.push({ name: "Zoë", createdAt: new Date("2027-01-02T03:04:05Z") });
    const json = JSON.parse(personalDataJson(data, new Date("2027-06-01T00:00:00Z"))) as Record<
      string,
      unknown
    >;
    expect(json.exportedAt).toBe("2027-06-01T00:00:00.000Z");
    expect(json.account).toEqual([{ name: "Zoë", createdAt: "2027-01-02T03:04:05.000Z" }]);
    expect(json.meetings).toEqual([]);
  });

  it("writes a CSV with every column any row has, lists as JSON and formulas guarded", () => {
    const csv = personalDataCsv([
      { id: "a", languages: ["en", "fr"] },
      { id: "b", note: "=HYPERLINK(1)", answeredAt: null },
    ]);
    expect(csv).toBe(
      'id,languages,note,answeredAt\r\na,"[""en"",""fr""]",,\r\nb,,\'=HYPERLINK(1),\r\n',
    );
    expect(personalDataCsv([])).toBe("");
  });
});
