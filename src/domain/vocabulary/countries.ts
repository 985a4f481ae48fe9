import { keptDisplayNames } from "./kept-display-names.ts";

/** ISO 3166-1 alpha-2 codes of the 249 officially assigned countries and territories. */
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ " +
  "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
  "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS " +
  "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
  "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
  "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
  "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
  "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
  "VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const countryCodeSet = new Set(COUNTRY_CODES);
// Built on first use (reading a CSV), not when a page that lists countries loads in a browser.
let codeByEnglishName: Map<string, string> | undefined;
function codesByEnglishName(): Map<string, string> {
  const englishNames = new Intl.DisplayNames("en", { type: "region" });
  return (codeByEnglishName ??= new Map(
    COUNTRY_CODES.map((code) => [normaliseName(englishNames.of(code) ?? code), code]),
  ));
}
// Common English names that differ from CLDR's display names.
const ALIASES: Record<string, string> = {
  "united kingdom": "GB",
  uk: "GB",
  "great britain": "GB",
  usa: "US",
  "united states of america": "US",
  "south korea": "KR",
  "north korea": "KP",
  russia: "RU",
  "czech republic": "CZ",
  "ivory coast": "CI",
  turkey: "TR",
  "hong kong": "HK",
  macau: "MO",
  palestine: "PS",
  vatican: "VA",
  burma: "MM",
  swaziland: "SZ",
  "cape verde": "CV",
  "east timor": "TL",
};

function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

export function isCountryCode(value: string): boolean {
  return countryCodeSet.has(value);
}

/** An ISO code from an ISO code (any case) or an English country name; undefined if unknown. */
export function findCountryCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 2 && countryCodeSet.has(trimmed.toUpperCase()))
    return trimmed.toUpperCase();
  const key = normaliseName(trimmed);
  return codesByEnglishName().get(key) ?? ALIASES[key];
}

const regionNames = keptDisplayNames("region", countryCodeSet);

export function countryName(code: string, locale: string): string {
  return regionNames(code, locale);
}
