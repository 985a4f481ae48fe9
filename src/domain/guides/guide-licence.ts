/** The licence a published guide and the open data carry (issue 15): CC BY 4.0. */
export const OPEN_LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;
