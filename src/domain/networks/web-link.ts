import { z } from "zod";

export const URL_MAX = 500;

/**
 * An optional http(s) address typed by a person (a network's website, a petition's links):
 * "" stays "", anything else must be an absolute http or https URL with a host, stored in its
 * normalised form. `message` is the i18n key shown beside the field.
 */
export function optionalWebLink(message: string) {
  return z
    .string()
    .trim()
    .max(URL_MAX)
    .transform((value, ctx) => {
      if (value === "") return "";
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return url.href;
    });
}
