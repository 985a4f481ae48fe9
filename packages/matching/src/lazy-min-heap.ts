/**
 * Binary min-heap of (key, item) pairs with lazy deletion: stale entries stay in the heap
 * and the caller discards them when they reach the top. Growable typed arrays; ties are
 * broken by the smaller item so that results are deterministic.
 */
export class LazyMinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(Math.max(16, initialCapacity));
    this.items = new Int32Array(Math.max(16, initialCapacity));
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topItem(): number {
    return this.items[0]!;
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && items[parent]! <= item)) break;
      keys[at] = pk;
      items[at] = items[parent]!;
      at = parent;
    }
    keys[at] = key;
    items[at] = item;
  }

  pop(): void {
    const size = --this.size;
    if (size === 0) return;
    const keys = this.keys;
    const items = this.items;
    const key = keys[size]!;
    const item = items[size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (keys[right]! < keys[child]! ||
          (keys[right] === keys[child] && items[right]! < items[child]!))
      ) {
        child = right;
      }
      const ck = keys[child]!;
      if (key < ck || (key === ck && item <= items[child]!)) break;
      keys[at] = ck;
      items[at] = items[child]!;
      at = child;
    }
    keys[at] = key;
    items[at] = item;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    this.items = items;
  }
}
