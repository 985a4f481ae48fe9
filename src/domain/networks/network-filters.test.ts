import { describe, expect, it } from "vitest";
import { networkFiltersQuery, readNetworkFilters } from "./network-filters.ts";

describe("the directory's filters", () => {
  it("keep known values and drop the rest, so an old link still opens", () => {
    const filters = readNetworkFilters({
      search: "  córdoba ",
      country: "es",
      sector: "school",
      kind: "galactic",
      language: "xx",
      online: "1",
    });
    expect(filters).toEqual({ search: "córdoba", country: "ES", sector: "school", online: true });
    expect(networkFiltersQuery(filters)).toBe("?q=c%C3%B3rdoba&country=ES&sector=school&online=1");
    expect(networkFiltersQuery({})).toBe("");
  });
});
