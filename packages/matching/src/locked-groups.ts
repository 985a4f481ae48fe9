/** Facilitator locks (lockedWithIds, either side counts) as groups of participant indexes, by union-find. */
import type { Participant } from "./participant.ts";

export function findLockedGroups(
  participants: readonly Participant[],
  indexById: Map<string, number>,
): number[][] {
  const parent = Int32Array.from({ length: participants.length }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  participants.forEach((p, i) => {
    for (const id of p.lockedWithIds ?? []) {
      const j = indexById.get(id);
      if (j !== undefined && j !== i) parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < participants.length; i++) {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
