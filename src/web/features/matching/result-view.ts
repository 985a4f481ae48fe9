/**
 * The result page's view (filters, sort, page) as a query string, carried through an action
 * (lock, block, swap…) so the facilitator comes back to the rows they were working on.
 */
const VIEW_PARAMS = ["name", "country", "sector", "sort", "page"] as const;

/** Only the view's parameters of a query string (nothing else is carried). */
export function resultView(search: URLSearchParams | string): URLSearchParams {
  const from = new URLSearchParams(search);
  const view = new URLSearchParams();
  for (const name of VIEW_PARAMS) {
    const value = from.get(name);
    if (value) view.set(name, value);
  }
  return view;
}

/** The result page in that view, with extra parameters (e.g. `done`). */
export function resultPath(
  base: string,
  view: URLSearchParams,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams(view);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
