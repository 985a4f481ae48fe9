import { describe, expect, it } from "vitest";
import { parseTopicTexts } from "../domain/partnerships/topic-translations.ts";
import { DEMO_TOPICS, loadDemoTopics } from "./demo-topics.ts";

describe("the demo topics", () => {
  it("are eight, each valid in English, Spanish and French with a prompt of 2–4 sentences", () => {
    expect(DEMO_TOPICS).toHaveLength(8);
    for (const topic of DEMO_TOPICS) {
      const parsed = parseTopicTexts(topic, "en");
      expect(parsed.ok && parsed.texts.map((t) => t.locale)).toEqual(["en", "es", "fr"]);
      for (const { prompt } of Object.values(topic)) {
        const sentences = prompt.split(/(?<=[.?!])\s+/).length;
        expect(sentences, prompt).toBeGreaterThanOrEqual(2);
        expect(sentences, prompt).toBeLessThanOrEqual(4);
      }
    }
    expect(DEMO_TOPICS[0]!.en.title).toBe("Getting to know you");
    expect(DEMO_TOPICS.at(-1)!.en.title).toBe("Looking back on our partnership");
  });

  it("are saved in order through the use case, and a refusal stops the load", async () => {
    const saved: string[] = [];
    const useCases = {
      createTopic: (_actor: unknown, input: { texts: { en?: { title?: string } } }) => {
        saved.push(input.texts.en?.title ?? "");
        return Promise.resolve({ ok: true as const, value: { id: `t${saved.length}` } });
      },
    } as unknown as Parameters<typeof loadDemoTopics>[0];
    const actor = { userId: "u", role: "user" as const };
    expect(await loadDemoTopics(useCases, actor, "p")).toEqual([
      "t1",
      "t2",
      "t3",
      "t4",
      "t5",
      "t6",
      "t7",
      "t8",
    ]);
    expect(saved).toEqual(DEMO_TOPICS.map((t) => t.en.title));
    const refusing = {
      createTopic: () => Promise.resolve({ ok: false, error: { code: "not_found" } }),
    } as unknown as Parameters<typeof loadDemoTopics>[0];
    await expect(loadDemoTopics(refusing, actor, "p")).rejects.toThrow("not_found");
  });
});
