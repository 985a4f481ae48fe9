/**
 * One page of a listing and how many rows the whole listing has, asked side by side: the
 * pager needs both. `counted` is a `select({ n: count() })` over the same rows (same joins
 * and `where`) as `rows` before its offset and limit.
 */
export async function pageWithTotal<Row>(
  rows: PromiseLike<Row[]>,
  counted: PromiseLike<{ n: number }[]>,
): Promise<{ rows: Row[]; total: number }> {
  const [page, [found]] = await Promise.all([rows, counted]);
  return { rows: page, total: found?.n ?? 0 };
}
