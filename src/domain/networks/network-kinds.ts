/** What kind of network it is: where it gathers people from, or what they share. */
export const NETWORK_KINDS = ["local", "national", "international", "specialist"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export function isNetworkKind(value: string): value is NetworkKind {
  return (NETWORK_KINDS as readonly string[]).includes(value);
}

/** A proposal is listed only once an administrator approves it. */
export type NetworkStatus = "proposed" | "approved" | "declined";
