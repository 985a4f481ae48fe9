import { describe, expect, it } from "vitest";
import { renderEmail } from "../../render-email.ts";
import type { TopicEmailMessage } from "../../../use-cases/partnerships/topic-email-message.ts";

const message: TopicEmailMessage = {
  kind: "topic",
  recipientName: "Lucía Fernández",
  partnerNames: ["Aiko Tanaka"],
  roundName: "Round 1",
  programmeName: "International Peer Mentoring",
  title: "Your library’s community",
  promptMarkdown:
    "Who walks through your doors, and who **never** does?\n\n- One group you reach\n- One you [want to reach](https://example.org/reach)\n\n<b>Raw</b> & ready",
  partnershipUrl: "http://test.localhost/partnerships/p-1",
};

describe("the topic email", () => {
  it("gives the title in the subject, the prompt as plain paragraphs, the partner and the page", () => {
    const email = renderEmail(message, "en");
    expect(email.subject).toBe("Topic for this fortnight: Your library’s community");
    expect(email.text).toContain("Dear Lucía Fernández");
    expect(email.text).toContain("your next conversation with Aiko Tanaka in Round 1");
    expect(email.text).toContain("“Your library’s community”");
    expect(email.text).toContain("Who walks through your doors, and who never does?");
    expect(email.text).toContain(
      "• One group you reach\n• One you want to reach (https://example.org/reach)",
    );
    expect(email.text).toContain("Raw & ready");
    expect(email.text).not.toMatch(/\*\*|<b>/);
    expect(email.text).toContain("http://test.localhost/partnerships/p-1");
    expect(email.html).toContain('href="http://test.localhost/partnerships/p-1"');
    // The facilitator's raw HTML is text in the email, never markup.
    expect(email.html).not.toContain("<b>Raw");
  });

  it("names every partner of a triad, in the recipient's language", () => {
    const email = renderEmail(
      { ...message, partnerNames: ["Aiko Tanaka", "مريم الحسن"], title: "Nuestra comunidad" },
      "es",
    );
    expect(email.subject).toBe("Tema de esta quincena: Nuestra comunidad");
    expect(email.text).toContain("con Aiko Tanaka y \u2068مريم الحسن\u2069 en Round 1");
    expect(email.text).toContain("«Nuestra comunidad»");
  });

  it("still reads well when the partner has left", () => {
    const email = renderEmail({ ...message, partnerNames: [] }, "fr");
    expect(email.text).toContain("Voici un sujet pour votre prochaine conversation dans Round 1");
    expect(email.text).toContain("« Your library’s community »");
  });
});
