import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "./audit-filter.ts";

describe("the audit log's filter", () => {
  it("takes days as whole UTC days, the last one included", () => {
    expect(parseAuditFilter({ from: "2026-03-01", to: "2026-03-01", actor: " ada " })).toEqual({
      ok: true,
      value: {
        actor: "ada",
        from: new Date("2026-03-01T00:00:00Z"),
        to: new Date("2026-03-02T00:00:00Z"),
      },
    });
  });

  it("leaves out what is empty", () => {
    expect(parseAuditFilter({ actor: "  ", action: "", from: "" })).toEqual({
      ok: true,
      value: {},
    });
  });

  it("names a day that does not exist, and an end before the start, beside their fields", () => {
    expect(parseAuditFilter({ from: "2026-02-31", to: "yesterday" })).toEqual({
      ok: false,
      fieldErrors: {
        from: { key: "privacy:audit.errors.day" },
        to: { key: "privacy:audit.errors.day" },
      },
    });
    expect(parseAuditFilter({ from: "2026-03-02", to: "2026-03-01" })).toEqual({
      ok: false,
      fieldErrors: { to: { key: "privacy:audit.errors.toBeforeFrom" } },
    });
  });

  it("refuses a search text too long to be a name or an id", () => {
    const result = parseAuditFilter({ subjectId: "x".repeat(201) });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { subjectId: { key: "errors.tooLong", values: { max: 200 } } },
    });
  });
});
