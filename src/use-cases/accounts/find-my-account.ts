/**
 * The account page: the signed-in person's applications and partnerships. Both are found by
 * email address, so both stay hidden until the account has proved that it owns the address
 * (read from the database, not from the session cookie, which may be a minute old): anyone
 * can sign up with a librarian's address, and must not read what that librarian applied with.
 */
import type { ApplicationStatus } from "../../domain/applications/application-status.ts";
import { findMyPartnerships, type MyPartnership } from "../matching/find-my-partnerships.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";

/** Enough for the page; a person rarely has more applications than this. */
const APPLICATIONS_SHOWN = 100;

export interface MyApplication {
  id: string;
  roundName: string;
  programmeName: string;
  status: ApplicationStatus;
}

export interface MyAccount {
  emailVerified: boolean;
  applications: MyApplication[];
  partnerships: MyPartnership[];
}

export async function findMyAccount(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  readerTimeZone: string | null,
): Promise<MyAccount> {
  const user = await deps.uow.read.users.findById(actor.userId);
  if (!user?.emailVerified) return { emailVerified: false, applications: [], partnerships: [] };
  const [applications, partnerships] = await Promise.all([
    deps.uow.read.applications.listForUserEmail(user.email),
    findMyPartnerships(deps, user, readerTimeZone),
  ]);
  return {
    emailVerified: true,
    applications: applications.slice(0, APPLICATIONS_SHOWN).map((a) => ({
      id: a.id,
      roundName: a.roundName,
      programmeName: a.programmeName,
      status: a.status,
    })),
    partnerships,
  };
}
