/** Where a CLI command writes; tests pass their own. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal, so a progress bar may redraw in place. */
  isTty: boolean;
}
