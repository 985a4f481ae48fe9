/** The door's part for this feature (see ../use-cases.ts). Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
import type { Bind } from "../use-cases.ts";

export const networkUseCases = (bind: Bind) => {
  void bind;
  return {};
};
