/**
 * Binary min-heap over the integers 0..capacity-1 with decrease-key, keys in a Float64Array.
 * Ties are broken by the smaller item so that results are deterministic.
 */
export class IndexedMinHeap {
  readonly key: Float64Array;
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.key = new Float64Array(capacity);
    this.heap = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  peek(): number {
    return this.size > 0 ? this.heap[0]! : -1;
  }

  peekKey(): number {
    return this.size > 0 ? this.key[this.heap[0]!]! : Infinity;
  }

  /** Inserts the item, or moves it to the new key (up or down). */
  set(item: number, key: number): void {
    const at = this.position[item]!;
    if (at < 0) {
      this.key[item] = key;
      this.heap[this.size] = item;
      this.position[item] = this.size;
      this.up(this.size++);
    } else {
      const old = this.key[item]!;
      this.key[item] = key;
      if (key < old) this.up(at);
      else this.down(at);
    }
  }

  /** Inserts the item, or lowers its key; returns false (and changes nothing) when its key is not lower. */
  setIfLower(item: number, key: number): boolean {
    if (this.position[item]! >= 0 && key >= this.key[item]!) return false;
    this.set(item, key);
    return true;
  }

  pop(): number {
    const top = this.heap[0]!;
    this.removeAt(0);
    return top;
  }

  remove(item: number): void {
    const at = this.position[item]!;
    if (at >= 0) this.removeAt(at);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.heap[i]!] = -1;
    this.size = 0;
  }

  private removeAt(at: number): void {
    const heap = this.heap;
    const position = this.position;
    const item = heap[at]!;
    position[item] = -1;
    const last = heap[--this.size]!;
    if (at === this.size) return;
    heap[at] = last;
    position[last] = at;
    this.up(at);
    this.down(position[last]);
  }

  // The sift loops keep arrays in locals and compare inline (key, then item): a first call
  // runs before V8 optimises anything, and there each property read and call is costly.
  private up(start: number): void {
    const heap = this.heap;
    const position = this.position;
    const key = this.key;
    const item = heap[start]!;
    const itemKey = key[item]!;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = heap[parentAt]!;
      const parentKey = key[parent]!;
      if (itemKey > parentKey || (itemKey === parentKey && item > parent)) break;
      heap[at] = parent;
      position[parent] = at;
      at = parentAt;
    }
    heap[at] = item;
    position[item] = at;
  }

  private down(start: number): void {
    const heap = this.heap;
    const position = this.position;
    const key = this.key;
    const size = this.size;
    const item = heap[start]!;
    const itemKey = key[item]!;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      let childItem = heap[child]!;
      let childKey = key[childItem]!;
      if (child + 1 < size) {
        const right = heap[child + 1]!;
        const rightKey = key[right]!;
        if (rightKey < childKey || (rightKey === childKey && right < childItem)) {
          child++;
          childItem = right;
          childKey = rightKey;
        }
      }
      if (itemKey < childKey || (itemKey === childKey && item < childItem)) break;
      heap[at] = childItem;
      position[childItem] = at;
      at = child;
    }
    heap[at] = item;
    position[item] = at;
  }
}
