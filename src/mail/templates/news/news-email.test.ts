import { describe, expect, it } from "vitest";
import type { NewsDigestMessage } from "../../../use-cases/news/news-emails.ts";
import { renderEmail } from "../../render-email.ts";

const message: NewsDigestMessage = {
  kind: "news-digest",
  recipientName: "Camille Laurent",
  newsUrl: "https://shelfmates.example.org/news",
  networks: [
    {
      name: "Bibliothécaires juridiques",
      url: "https://shelfmates.example.org/networks/bibliothecaires-juridiques-fr",
      posts: [
        {
          title: "Veille <juridique>",
          url: "https://shelfmates.example.org/news/veille-juridique",
        },
      ],
      events: [
        {
          title: "Atelier bases de données",
          url: "https://shelfmates.example.org/events/atelier",
          // 08:00 UTC is 10:00 in Paris on this summer day.
          startsAt: new Date("2027-06-10T08:00:00Z"),
          timeZone: "Europe/Paris",
          online: true,
        },
      ],
    },
  ],
};

describe("the weekly digest", () => {
  it("lists each network's news and events with their addresses, in the member's language", () => {
    const fr = renderEmail(message, "fr", {
      unsubscribe: { kind: "digests", url: "https://shelfmates.example.org/unsubscribe/t" },
    });
    expect(fr.subject).toBe("Votre résumé hebdomadaire : 2 nouveautés des réseaux que vous suivez");
    expect(fr.text).toContain("Bibliothécaires juridiques");
    expect(fr.text).toContain("Actualité : Veille <juridique>");
    expect(fr.text).toContain("https://shelfmates.example.org/news/veille-juridique");
    expect(fr.text).toMatch(/Événement en ligne : Atelier bases de données — .*10:00/);
    expect(fr.text).toContain(
      "Ne plus recevoir le résumé hebdomadaire des réseaux que vous suivez : https://shelfmates.example.org/unsubscribe/t",
    );
    expect(fr.html).toContain("Veille &lt;juridique&gt;");
    expect(fr.html).not.toContain("<juridique>");
    expect(renderEmail(message, "es").subject).toBe(
      "Tu resumen semanal: 2 novedades de las redes que sigues",
    );
    expect(
      renderEmail({ ...message, networks: [{ ...message.networks[0]!, events: [] }] }, "en")
        .subject,
    ).toBe("Your weekly digest: 1 new item from the networks you follow");
  });
});
