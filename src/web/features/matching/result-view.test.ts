import { describe, expect, it } from "vitest";
import { resultPath, resultView } from "./result-view.ts";

describe("the result page's view", () => {
  it("keeps the filters, sort and page, and nothing else", () => {
    const view = resultView("?name=Jos%C3%A9&sort=score-asc&page=2&done=lock&a=g1&evil=x");
    expect(view.toString()).toBe("name=Jos%C3%A9&sort=score-asc&page=2");
    expect(resultPath("/r", view, { done: "swap" })).toBe(
      "/r?name=Jos%C3%A9&sort=score-asc&page=2&done=swap",
    );
    expect(resultPath("/r", resultView(""))).toBe("/r");
  });
});
