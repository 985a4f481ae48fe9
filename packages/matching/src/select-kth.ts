/**
 * The k-th smallest or largest of the first `length` values, by quickselect (Hoare
 * partition; Hoare 1961, "Algorithm 65: Find"). Both reorder `values`.
 */

/** The k-th smallest (1-based) of values[0, length). */
export function kthSmallest(values: Float64Array | Int32Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** The k-th largest (1-based) of values[0, length): the (length − k + 1)-th smallest. */
export function kthLargest(values: Float64Array | Int32Array, length: number, k: number): number {
  return kthSmallest(values, length, length - k + 1);
}
