import { describe, expect, it } from "vitest";
import { questionColumnHeader } from "./export-columns.ts";

describe("questionColumnHeader", () => {
  it("marks question labels that would be read back as profile or export columns", () => {
    expect(questionColumnHeader("How did you hear about us?")).toBe("How did you hear about us?");
    expect(questionColumnHeader("Name")).toBe("Name (answer)");
    expect(questionColumnHeader("Status")).toBe("Status (answer)");
  });
});
