import type { NominationWithContext } from "./opportunity-ports.ts";

/** What the nominee reads about a nomination of them: everything, including who and why. */
export interface NominationForNominee {
  id: string;
  nomineeName: string;
  nominatorName: string | null;
  note: string;
  status: NominationWithContext["status"];
  outcome: NominationWithContext["outcome"];
  opportunity: Pick<
    NominationWithContext["opportunity"],
    "id" | "title" | "kind" | "deadline" | "status" | "publisher"
  >;
  /** Accepting is still possible: asked, and the opportunity not closed. */
  mayAccept: boolean;
}

export function nominationForNominee(n: NominationWithContext): NominationForNominee {
  const { id, title, kind, deadline, status, publisher } = n.opportunity;
  return {
    id: n.id,
    nomineeName: n.nomineeName,
    nominatorName: n.nominatorName,
    note: n.note,
    status: n.status,
    outcome: n.outcome,
    opportunity: { id, title, kind, deadline, status, publisher },
    mayAccept: n.status === "asked" && status === "open",
  };
}
