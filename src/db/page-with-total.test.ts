import { describe, expect, it } from "vitest";
import { pageWithTotal } from "./page-with-total.ts";

describe("pageWithTotal", () => {
  it("gives the page's rows and the listing's total", async () => {
    const found = await pageWithTotal(Promise.resolve(["c", "d"]), Promise.resolve([{ n: 7 }]));
    expect(found).toEqual({ rows: ["c", "d"], total: 7 });
  });

  it("counts nothing as zero when the count comes back without a row", async () => {
    const found = await pageWithTotal(Promise.resolve([]), Promise.resolve([]));
    expect(found).toEqual({ rows: [], total: 0 });
  });
});
