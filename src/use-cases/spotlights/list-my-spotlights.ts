import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

export interface MySpotlights {
  /** About me, asked or published (asked ones wait for my answer). */
  about: Page<ShownSpotlight>;
  /** Written by me, every status. */
  written: Page<ShownSpotlight>;
}

/**
 * The member's own spotlights page. Spotlights invited at an address count as "about me"
 * only once the account has proved that address.
 */
export async function listMySpotlights(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    aboutPage: { offset: number; limit: number };
    writtenPage: { offset: number; limit: number };
  },
): Promise<Result<MySpotlights>> {
  if (!actor) return fail({ code: "not_found" });
  const read = deps.uow.read;
  const account = await read.users.findById(actor.userId);
  if (!account) return fail({ code: "not_found" });
  const [about, written] = await Promise.all([
    read.spotlights.listAbout(
      account.id,
      account.emailVerified ? account.email : null,
      input.aboutPage,
    ),
    read.spotlights.listByAuthor(account.id, input.writtenPage),
  ]);
  return ok({ about, written });
}
