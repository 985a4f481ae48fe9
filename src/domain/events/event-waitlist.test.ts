import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placesLeft, promotionsDue, statusForNewRegistration } from "./event-waitlist.ts";

describe("places and the waitlist", () => {
  it("gives a place while there is one, then the waitlist", () => {
    expect(statusForNewRegistration(2, 1)).toBe("registered");
    expect(statusForNewRegistration(2, 2)).toBe("waitlisted");
    expect(statusForNewRegistration(null, 10_000)).toBe("registered");
    expect(placesLeft(3, 5)).toBe(0);
  });

  it("moves up one waiting person per free place, never past the capacity", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        (capacity, registered, waitlisted) => {
          const moved = promotionsDue(capacity, registered, waitlisted);
          expect(moved).toBeGreaterThanOrEqual(0);
          expect(moved).toBeLessThanOrEqual(waitlisted);
          if (capacity !== null) {
            expect(registered + moved).toBeLessThanOrEqual(Math.max(capacity, registered));
            // Nobody is left waiting while a place is free.
            if (moved < waitlisted) expect(registered + moved).toBeGreaterThanOrEqual(capacity);
          } else expect(moved).toBe(waitlisted);
        },
      ),
    );
  });
});
