/**
 * Weekly availability as a bit set of half-hour slots of the UTC week (336 slots, 11 words),
 * so the overlap of two people in different time zones is a popcount of an AND. Local
 * 4-hour blocks (`tue-14` = Tuesday 14:00–18:00) shift by the UTC offset, rounded to the
 * half hour (India +5:30 exact; Nepal +5:45 to +6:00), wrapping around the week.
 */

export const SLOT_WORDS = 11;
const SLOTS_PER_WEEK = 7 * 48;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const BLOCK_HOURS = 4;

/** Writes the participant's UTC slots into `target` at word offset `offset`; returns false when no block was readable. */
export function writeAvailabilitySlots(
  blocks: readonly string[],
  utcOffsetMinutes: number,
  target: Uint32Array,
  offset: number,
): boolean {
  const shift = Math.round(utcOffsetMinutes / 30);
  let any = false;
  for (const block of blocks) {
    const match = /^([a-z]{3})-(\d{2})$/.exec(block);
    const day = match ? DAYS.indexOf(match[1]!) : -1;
    if (day < 0) continue;
    const hour = Number(match![2]);
    any = true;
    const firstLocalSlot = (day * 24 + hour) * 2;
    for (let s = 0; s < BLOCK_HOURS * 2; s++) {
      const slot =
        (((firstLocalSlot + s - shift) % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK;
      target[offset + (slot >>> 5)]! |= 1 << (slot & 31);
    }
  }
  return any;
}

/** Bit w set when the participant's word w (at word offset `offset`) has a slot. */
export function nonEmptySlotWords(slots: Uint32Array, offset: number): number {
  let words = 0;
  for (let w = 0; w < SLOT_WORDS; w++) if (slots[offset + w] !== 0) words |= 1 << w;
  return words;
}

/** `slotWords`: nonEmptySlotWords per participant, so only words both use are compared. */
export function overlapHours(
  slots: Uint32Array,
  slotWords: Uint16Array,
  a: number,
  b: number,
): number {
  let count = 0;
  const oa = a * SLOT_WORDS;
  const ob = b * SLOT_WORDS;
  for (let both = slotWords[a]! & slotWords[b]!; both !== 0; both &= both - 1) {
    const w = 31 - Math.clz32(both & -both);
    count += popcount(slots[oa + w]! & slots[ob + w]!);
  }
  return count / 2;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
