/** Every pair inside a group, each with the smaller id first (as match_constraint stores them). */
export function pairsOf(memberIds: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let x = 0; x < memberIds.length; x++)
    for (let y = x + 1; y < memberIds.length; y++) {
      const [a, b] = [memberIds[x]!, memberIds[y]!];
      pairs.push(a < b ? [a, b] : [b, a]);
    }
  return pairs;
}
