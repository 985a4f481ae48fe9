/**
 * A network as its proposer or organiser types it: name, kind, description (Markdown),
 * where it meets (a country with region or city, online, or both), sectors and languages
 * from the shared vocabulary, and its own web addresses.
 */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { isCountryCode } from "../vocabulary/countries.ts";
import { canonicalLanguageCode, isLanguageCode } from "../vocabulary/languages.ts";
import { SECTORS, type Sector } from "../vocabulary/vocabulary.ts";
import { NETWORK_KINDS, type NetworkKind } from "./network-kinds.ts";
import { networkFieldErrors } from "./network-field-errors.ts";
import { optionalWebLink } from "./web-link.ts";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const PLACE_PART_MAX = 120;
export const LANGUAGES_MAX = 10;

/** The form's fields, as typed. */
export interface NetworkFormValues {
  name: string;
  kind: string;
  description: string;
  country: string;
  region: string;
  city: string;
  /** "on" when the box is ticked. */
  online: string;
  sectors: string[];
  languages: string[];
  websiteUrl: string;
  mailingListUrl: string;
  blogUrl: string;
}

/** A checked network, ready to store. */
export interface NetworkInput {
  name: string;
  kind: NetworkKind;
  description: string;
  country: string;
  region: string;
  city: string;
  online: boolean;
  sectors: Sector[];
  languages: string[];
  websiteUrl: string;
  mailingListUrl: string;
  blogUrl: string;
}

export const EMPTY_NETWORK_FORM: NetworkFormValues = {
  name: "",
  kind: "",
  description: "",
  country: "",
  region: "",
  city: "",
  online: "",
  sectors: [],
  languages: [],
  websiteUrl: "",
  mailingListUrl: "",
  blogUrl: "",
};

const link = optionalWebLink("networks:errors.webLink");

const schema = z.object({
  name: z.string().trim().min(1).min(3).max(NAME_MAX),
  kind: z.enum(NETWORK_KINDS, { message: "errors.invalidChoice" }),
  description: z.string().trim().min(1).max(DESCRIPTION_MAX),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === "" || isCountryCode(code), { message: "errors.country" }),
  region: z.string().trim().max(PLACE_PART_MAX),
  city: z.string().trim().max(PLACE_PART_MAX),
  online: z.string().transform((value) => value === "on" || value === "true"),
  sectors: z
    .array(z.enum(SECTORS, { message: "errors.invalidChoice" }))
    .min(1, { message: "networks:errors.sectorsRequired" })
    .transform((codes) => [...new Set(codes)]),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .transform(canonicalLanguageCode)
        .refine(isLanguageCode, { message: "errors.language" }),
    )
    .min(1, { message: "networks:errors.languagesRequired" })
    .max(LANGUAGES_MAX)
    .transform((codes) => [...new Set(codes)]),
  websiteUrl: link,
  mailingListUrl: link,
  blogUrl: link,
});

/**
 * Checks a typed network; every problem comes back beside its field at once. A local or
 * national network names its country; any network meets somewhere or online.
 */
export function parseNetworkInput(
  values: NetworkFormValues,
): { ok: true; value: NetworkInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : networkFieldErrors(parsed.error);
  const country = values.country.trim();
  const online = values.online === "on" || values.online === "true";
  if (!fieldErrors.country && country === "") {
    if (values.kind === "local" || values.kind === "national")
      fieldErrors.country = { key: "networks:errors.countryForKind" };
    else if (!online) fieldErrors.country = { key: "networks:errors.placeOrOnline" };
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: parsed.data };
}

/** The form's values of a stored network, to edit it. */
export function networkFormValues(network: NetworkInput): NetworkFormValues {
  return {
    ...network,
    online: network.online ? "on" : "",
    sectors: [...network.sectors],
    languages: [...network.languages],
  };
}
