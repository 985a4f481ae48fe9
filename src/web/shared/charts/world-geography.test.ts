import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../../../domain/vocabulary/countries.ts";
import { codeOfShape, worldGeography } from "./world-geography.ts";

describe("the world's shapes and their countries", () => {
  it("reads the atlas's ISO numeric ids as alpha-2 codes", () => {
    expect(codeOfShape("250", "France")).toBe("FR");
    expect(codeOfShape("840", "United States of America")).toBe("US");
    expect(codeOfShape("036", "Australia")).toBe("AU");
  });

  it("names the shapes that have no ISO number: Kosovo is XK, the others shade with their ISO country", () => {
    expect(codeOfShape(undefined, "Kosovo")).toBe("XK");
    expect(codeOfShape(undefined, "N. Cyprus")).toBe("CY");
    expect(codeOfShape(undefined, "Somaliland")).toBe("SO");
    expect(codeOfShape(undefined, "Atlantis")).toBe("");
  });

  it("gives every shape on the map a country code (a new unnamed shape in the atlas fails here)", () => {
    const unnamed = worldGeography()
      .outlines.filter((outline) => outline.code === "")
      .map((outline) => outline.name);
    expect(unnamed).toEqual([]);
  });

  it("can place every country a person can apply from, with its own shape or a dot", () => {
    const geography = worldGeography();
    // Antarctica is left off the drawing: a participant from there is in the table only.
    const unplaced = [...COUNTRY_CODES, "XK"].filter(
      (code) => code !== "AQ" && geography.anchorOf(code) === undefined,
    );
    expect(unplaced).toEqual([]);
    expect(geography.isDrawn("XK")).toBe(true);
    expect(geography.isDrawn("SG")).toBe(false);
  });

  it("ends lines in a country's main land, not in the middle of its far-off territories", () => {
    const geography = worldGeography();
    const distance = (code: string, lonLat: [number, number]) => {
      const [x, y] = geography.anchorOf(code)!;
      const [px, py] = geography.project(lonLat)!;
      return Math.hypot(x - px, y - py);
    };
    // Central France, Kansas, central Norway (the whole of each has islands far away).
    expect(distance("FR", [2.5, 46.5])).toBeLessThan(12);
    expect(distance("US", [-98, 39])).toBeLessThan(25);
    expect(distance("NO", [12, 64])).toBeLessThan(25);
  });

  it("draws a line between two countries and none to a code it cannot place", () => {
    const geography = worldGeography();
    expect(geography.arcBetween("FR", "ES")).toMatch(/^M[\d.]+,[\d.]+/);
    expect(geography.arcBetween("FR", "AQ")).toBeUndefined();
  });
});
