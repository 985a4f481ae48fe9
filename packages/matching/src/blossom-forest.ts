import type { MatchingDual } from "./matching-result.ts";

/** The blossoms of a dual solution as a forest: each blossom's parent is the smallest blossom containing it. */
export interface BlossomForest {
  /** Smallest blossom containing each vertex, or -1. */
  innermost: Int32Array;
  parent: Int32Array;
  depth: Int32Array;
  /** Σ 2·z over the blossom and all blossoms containing it. */
  cumulativeDual2: Float64Array;
}

/**
 * Validates the blossom list of a dual solution (odd sets of at least 3 distinct vertices,
 * z > 0, laminar) and arranges it as a forest. Returns the reason as a string when invalid.
 */
export function buildBlossomForest(n: number, dual: MatchingDual): BlossomForest | string {
  const { blossomDual2: z, blossomMemberStart: start, blossomMembers: members } = dual;
  const count = z.length;
  if (start.length !== count + 1 || start[0] !== 0 || start[count] !== members.length) {
    return "blossomMemberStart does not describe blossomMembers";
  }
  const size = new Int32Array(count);
  for (let b = 0; b < count; b++) {
    size[b] = start[b + 1]! - start[b]!;
    if (size[b]! < 3 || size[b]! % 2 === 0)
      return `blossom ${b} has ${size[b]} members, expected an odd number ≥ 3`;
    if (!(z[b]! > 0) || !Number.isFinite(z[b]!))
      return `blossom ${b} has dual ${z[b]}, expected > 0`;
  }
  for (let i = 0; i < members.length; i++) {
    if (members[i]! < 0 || members[i]! >= n) return `blossom member ${members[i]} is not a vertex`;
  }
  const order = Array.from({ length: count }, (_, b) => b).sort(
    (a, b) => size[a]! - size[b]! || a - b,
  );
  const innermost = new Int32Array(n).fill(-1);
  const outermost = new Int32Array(n).fill(-1);
  const parent = new Int32Array(count).fill(-1);
  const seen = new Int32Array(n).fill(-1);
  for (const b of order) {
    let covered = 0;
    for (let i = start[b]!; i < start[b + 1]!; i++) {
      const v = members[i]!;
      if (seen[v] === b) return `blossom ${b} lists vertex ${v} twice`;
      seen[v] = b;
      const child = outermost[v]!;
      if (child === -1) {
        covered++;
        innermost[v] = b;
      } else if (parent[child] === -1) {
        parent[child] = b;
        covered += size[child]!;
      } else if (parent[child] !== b) {
        return `blossoms ${child} and ${b} are not laminar`;
      }
    }
    if (covered !== size[b]) return `blossom ${b} crosses a smaller blossom (not laminar)`;
    for (let i = start[b]!; i < start[b + 1]!; i++) outermost[members[i]!] = b;
  }
  const depth = new Int32Array(count);
  const cumulativeDual2 = new Float64Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const b = order[i]!;
    const p = parent[b]!;
    depth[b] = p === -1 ? 0 : depth[p]! + 1;
    cumulativeDual2[b] = z[b]! + (p === -1 ? 0 : cumulativeDual2[p]!);
  }
  return { innermost, parent, depth, cumulativeDual2 };
}
