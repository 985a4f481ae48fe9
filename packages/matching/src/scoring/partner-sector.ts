/**
 * Each person's partner-sector wish: "same" is met by the same sector, "other" by a
 * different one (the cross-sector pairs solo librarians gain most from), "any" always.
 */
import type { Contribution } from "../explanation.ts";
import type { RoundIndex } from "./round-index.ts";

function wishMet(index: RoundIndex, self: number, other: number): number {
  const same = index.sector[self] === index.sector[other];
  switch (index.participants[self]!.partnerSector) {
    case "any":
      return 1;
    case "same":
      return same ? 1 : 0;
    case "other":
      return same ? 0 : 1;
  }
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
