/**
 * Each person's partner-sector wish: "same" is met by the same sector, "other" by a
 * different one (the cross-sector pairs solo librarians gain most from), "any" always.
 */
import type { Contribution } from "../explanation.ts";
import { PARTNER_SECTOR_ORDER } from "../participant.ts";
import type { RoundIndex } from "./round-index.ts";

const SAME = PARTNER_SECTOR_ORDER.indexOf("same");
const OTHER = PARTNER_SECTOR_ORDER.indexOf("other");

function wishMet(index: RoundIndex, self: number, other: number): number {
  const wish = index.partnerSector[self];
  if (wish !== SAME && wish !== OTHER) return 1;
  const same = index.sector[self] === index.sector[other];
  return same === (wish === SAME) ? 1 : 0;
}

export function partnerSectorValue(index: RoundIndex, a: number, b: number): number {
  return (wishMet(index, a, b) + wishMet(index, b, a)) / 2;
}

export function explainPartnerSector(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const pa = index.participants[a]!;
  const pb = index.participants[b]!;
  return {
    contribution: "partner_sector",
    points,
    detail: {
      sectorA: pa.sector,
      sectorB: pb.sector,
      wishA: pa.partnerSector,
      wishB: pb.partnerSector,
      metA: wishMet(index, a, b),
      metB: wishMet(index, b, a),
    },
  };
}
