import {
  nominationRoleOf,
  nominatorView,
  type NominatorView,
} from "../../domain/opportunities/nomination-visibility.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { nominationForNominee, type NominationForNominee } from "./nomination-for-nominee.ts";
import { nominationViewerOf } from "./opportunity-access.ts";
import type { NominationWithContext } from "./opportunity-ports.ts";

type OpportunitySummary = Pick<
  NominationWithContext["opportunity"],
  "id" | "title" | "kind" | "deadline" | "status" | "publisher"
>;

export type NominationPage =
  | { role: "nominee"; nomination: NominationForNominee }
  | {
      role: "nominator";
      nomination: {
        id: string;
        nomineeName: string;
        note: string;
        view: NominatorView;
        opportunity: OpportunitySummary;
        /** After an outcome, when the nominee has an account and is someone else. */
        mayOfferMentoring: boolean;
        /** The mentoring offer already made after this nomination, if any. */
        offerId: string | null;
      };
    }
  | {
      role: "organiser";
      nomination: {
        id: string;
        nomineeName: string;
        nomineeEmail: string;
        nominatorName: string | null;
        note: string;
        outcome: NominationWithContext["outcome"];
        opportunity: OpportunitySummary;
      };
    };

/**
 * A nomination's page for a signed-in person: the nominee sees everything; the nominator what
 * they sent and, never the nominee's answer, only "answered" until an outcome; the organisers
 * only an accepted nomination. Anyone else, and anyone at all for a declined one except its
 * nominee, gets not_found (decision 0019).
 */
export async function getNomination(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { nominationId: string },
): Promise<Result<NominationPage>> {
  if (!actor) return fail({ code: "not_found" });
  const read = deps.uow.read;
  const found = await read.opportunities.findNomination(input.nominationId);
  if (!found) return fail({ code: "not_found" });
  const role = nominationRoleOf(found, await nominationViewerOf(read, actor, found.opportunity));
  const { id, title, kind, deadline, status, publisher } = found.opportunity;
  const opportunity = { id, title, kind, deadline, status, publisher };
  switch (role) {
    case "nominee":
      return ok({ role, nomination: nominationForNominee(found) });
    case "nominator": {
      const view = nominatorView(found);
      const offer = await read.opportunities.findLiveOfferForNomination(found.id);
      return ok({
        role,
        nomination: {
          id: found.id,
          nomineeName: found.nomineeName,
          note: found.note,
          view,
          opportunity,
          mayOfferMentoring: mayOfferMentoring(found, actor) && !offer,
          offerId: offer?.id ?? null,
        },
      });
    }
    case "organiser":
      return ok({
        role,
        nomination: {
          id: found.id,
          nomineeName: found.nomineeName,
          nomineeEmail: found.nomineeEmail,
          nominatorName: found.nominatorName,
          note: found.note,
          outcome: found.outcome,
          opportunity,
        },
      });
    default:
      return fail({ code: "not_found" });
  }
}

/**
 * Whether the nominator may offer to mentor the nominee: an outcome is recorded (so the
 * nominee accepted), the nominee has an account, and is not the nominator.
 */
export function mayOfferMentoring(
  n: Pick<NominationWithContext, "status" | "outcome" | "nomineeUserId" | "nominatorId">,
  actor: Actor,
): boolean {
  return (
    n.status === "accepted" &&
    n.outcome !== null &&
    n.nominatorId === actor.userId &&
    n.nomineeUserId !== null &&
    n.nomineeUserId !== actor.userId
  );
}
