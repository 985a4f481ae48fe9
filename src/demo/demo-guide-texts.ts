/**
 * The words of the demo's co-written guide: five chapters on international collaboration,
 * as librarians who had just finished a round might write them. Each chapter has a first
 * draft and its final text; one was saved by two people at once (concurrent), one was
 * rewritten and then restored (replaced).
 */
export interface DemoChapter {
  title: string;
  draft: string;
  final: string;
  /** Two saves from the same version: `first` lands, `second` meets it and is merged into `final`. */
  concurrent?: { first: string; second: string };
  /** A rewrite saved over `final`, which is then restored. */
  replaced?: string;
}

export const DEMO_GUIDE: { title: string; summary: string; chapters: DemoChapter[] } = {
  title: "Working across borders: a librarian's guide to international collaboration",
  summary:
    "Written by participants of the Founding round for colleagues starting out: where to find a partner library abroad, how to fund a first project, and how to keep a collaboration alive across time zones and languages.",
  chapters: [
    {
      title: "Finding a partner library abroad",
      draft: `Most of us found our partner through the round. Outside a programme, start with the people you already know.

- Ask your national library association for its international contacts.
- Look at the sections and special interest groups of IFLA.`,
      final: `Most of us found our partner through the round. Outside a programme, start with the people you already know.

## Where to look

- Ask your national library association for its international contacts: most have a committee for them.
- Look at the sections and special interest groups of [IFLA](https://www.ifla.org/): their mailing lists welcome newcomers.
- Twin towns often have twin libraries waiting to be introduced.

## What to say in a first message

Say who you are, what your library does, and **one** thing you would like to learn. A short, concrete message gets an answer far more often than a long one.`,
    },
    {
      title: "Calls, grants and exchange programmes",
      draft: `Money is rarely the first problem, but it becomes one. Keep a list of calls and their deadlines.`,
      final: `Money is rarely the first problem, but it becomes one. Keep a shared list of calls and their deadlines, and check it each month.

## Kinds of support

1. **Staff exchange and job shadowing**: many regional programmes pay travel for a week in a partner library.
2. **Conference grants**: associations often fund a first-time speaker's trip.
3. **Small project grants**: a joint reading programme or a shared exhibition can start with very little.

Apply together: funders like to see both libraries named, and the partner abroad can often find calls you will never hear about.`,
    },
    {
      title: "Working across time zones and languages",
      draft: `We met every second week for four months. What helped most was agreeing early on how we would work.`,
      concurrent: {
        first: `We met every second week for four months. What helped most was agreeing early on how we would work.

## Time zones

- Pick one regular slot and keep it; move it only together.
- Write the time in both zones in every invitation.`,
        second: `We met every second week for four months. What helped most was agreeing early on how we would work.

## Languages

- Most of us worked in a second or third language: speak slowly, and write down the decisions.
- A shared document after each call saves many misunderstandings.`,
      },
      final: `We met every second week for four months. What helped most was agreeing early on how we would work.

## Time zones

- Pick one regular slot and keep it; move it only together.
- Write the time in both zones in every invitation.

## Languages

- Most of us worked in a second or third language: speak slowly, and write down the decisions.
- A shared document after each call saves many misunderstandings.`,
    },
    {
      title: "Your first joint project",
      draft: `Start small. A first project should fit in a few weeks.`,
      final: `Start small. A first project should fit in a few weeks and need no budget.

## Ideas that worked for us

- A **book swap**: each library picks five books from its country for the other's readers.
- A **joint story hour** online, one story in each language.
- A **shared reading list** on a theme both communities care about.

Write down who does what and by when. Then tell both communities about it: the project is also how your colleagues learn why the partnership matters.`,
      replaced: `Start with a big project: it is the best way to get attention and funding.`,
    },
    {
      title: "Keeping the connection going",
      draft: `The round ends; the partnership need not. Plan the next step before the last call.`,
      final: `The round ends; the partnership need not. Plan the next step before the last call.

- Agree on a rhythm that fits ordinary life: one call a season is enough.
- Introduce each other to colleagues, so the link does not rest on two people.
- Present what you did together at a local meeting or conference.

And when the next round opens, apply again, or offer to mentor someone starting out. That is how this guide came to be written.`,
    },
  ],
};
