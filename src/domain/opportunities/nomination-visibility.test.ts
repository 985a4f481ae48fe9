import { describe, expect, it } from "vitest";
import {
  nominationRoleOf,
  nominatorView,
  type NominationFacts,
  type NominationViewer,
} from "./nomination-visibility.ts";

const asked: NominationFacts = {
  nominatorId: "nora",
  nomineeUserId: null,
  nomineeEmail: "nia@example.org",
  status: "asked",
};
const viewer = (userId: string, extra: Partial<NominationViewer> = {}): NominationViewer => ({
  userId,
  verifiedEmail: null,
  organises: false,
  ...extra,
});

describe("who sees a nomination", () => {
  it("before the nominee accepts: the nominee and the nominator only, not the organisers", () => {
    expect(nominationRoleOf(asked, viewer("x", { verifiedEmail: "NIA@example.org" }))).toBe(
      "nominee",
    );
    expect(nominationRoleOf(asked, viewer("nora"))).toBe("nominator");
    expect(nominationRoleOf(asked, viewer("olga", { organises: true }))).toBeNull();
    expect(nominationRoleOf(asked, viewer("someone"))).toBeNull();
  });

  it("an address that is not proved is not the nominee's", () => {
    expect(nominationRoleOf(asked, viewer("x"))).toBeNull();
  });

  it("once accepted the organisers see it; once declined nobody but the nominee and nominator", () => {
    const accepted = { ...asked, status: "accepted" as const, nomineeUserId: "nia" };
    expect(nominationRoleOf(accepted, viewer("olga", { organises: true }))).toBe("organiser");
    expect(nominationRoleOf(accepted, viewer("nia"))).toBe("nominee");
    const declined = { ...asked, status: "declined" as const };
    expect(nominationRoleOf(declined, viewer("olga", { organises: true }))).toBeNull();
  });
});

describe("what the nominator reads", () => {
  it("never the answer itself: accepted and declined both read 'answered' until an outcome", () => {
    expect(nominatorView({ status: "asked", outcome: null })).toBe("waiting");
    expect(nominatorView({ status: "accepted", outcome: null })).toBe("answered");
    expect(nominatorView({ status: "declined", outcome: null })).toBe("answered");
    expect(nominatorView({ status: "withdrawn", outcome: null })).toBe("answered");
    expect(nominatorView({ status: "accepted", outcome: "selected" })).toBe("selected");
  });
});
