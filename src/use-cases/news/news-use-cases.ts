/** The door's part for this feature (see ../use-cases.ts). News (issue 14): posts, comments and their moderation, RSS and Atom feeds, the weekly digest. */
import type { Bind } from "../use-cases.ts";

export const newsUseCases = (bind: Bind) => {
  void bind;
  return {};
};
