import { describe, expect, it } from "vitest";
import {
  changedDetails,
  isRsvpAnswer,
  reminderWindow,
  sessionEndsAt,
  type SessionDetails,
} from "./group-session.ts";

const session: SessionDetails = {
  title: "Kick-off",
  description: "",
  startsAt: new Date("2027-03-10T17:30:00Z"),
  durationMinutes: 60,
  onlineUrl: "https://meet.example.org/a",
  place: "",
};

describe("a group session", () => {
  it("names the fields an edit changes; the same instant is no change", () => {
    expect(changedDetails(session, { ...session, startsAt: new Date(session.startsAt) })).toEqual(
      [],
    );
    expect(
      changedDetails(session, {
        ...session,
        title: "Kick-off!",
        startsAt: new Date("2027-03-10T18:00:00Z"),
      }),
    ).toEqual(["title", "startsAt"]);
    expect(changedDetails(session, { ...session, place: "Room 2" })).toEqual(["place"]);
  });

  it("ends after its duration", () => {
    expect(sessionEndsAt(session).toISOString()).toBe("2027-03-10T18:30:00.000Z");
  });

  it("is reminded during the 24 hours before it starts", () => {
    const window = reminderWindow(new Date("2027-03-09T18:00:00Z"));
    expect(window.after.toISOString()).toBe("2027-03-09T18:00:00.000Z");
    expect(window.until.toISOString()).toBe("2027-03-10T18:00:00.000Z");
  });

  it("takes yes, maybe or no as an answer", () => {
    expect(["yes", "maybe", "no"].every(isRsvpAnswer)).toBe(true);
    expect(isRsvpAnswer("YES")).toBe(false);
    expect(isRsvpAnswer("")).toBe(false);
  });
});
