/**
 * The demo's own seeded randomness: mulberry32 (public domain, Tommy Ettinger), so the same
 * seed always yields the same people, on every machine. No Math.random, no clock.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("DemoRandom.pick: no items");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Index chosen with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A value from `[value, weight]` pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return entries[this.weightedIndex(entries.map(([, w]) => w))]![0];
  }

  /**
   * `k` distinct indices, drawn without replacement with probability proportional to weight
   * (Efraimidis & Spirakis, "Weighted random sampling with a reservoir", IPL 97(5), 2006).
   */
  weightedSample(weights: readonly number[], k: number): number[] {
    const keys = weights.map((w, i) => ({
      i,
      key: w > 0 ? Math.log(1 - this.next()) / w : -Infinity,
    }));
    keys.sort((a, b) => b.key - a.key || a.i - b.i);
    return keys.slice(0, Math.min(k, weights.length)).map((entry) => entry.i);
  }
}
