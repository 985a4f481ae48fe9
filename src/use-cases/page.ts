/** One page of a list that can grow, with the total for the pager. */
export interface Page<T> {
  items: T[];
  total: number;
}
