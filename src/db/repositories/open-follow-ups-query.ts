/**
 * A round's follow-up list, one page in one statement: the open follow-ups (problems first,
 * then the longest waiting), their total, and for each what the facilitator needs to decide
 * (the partnership and its members, the check-in answers, the meetings held). It was five
 * statements, one per kind of row.
 */
import { sql, type SQL } from "drizzle-orm";
import type {
  CheckInRecord,
  FollowUpItem,
  FollowUpRecord,
  MemberFacts,
  PartnershipFacts,
} from "../../use-cases/partnerships/check-in-ports.ts";
import type { Page } from "../../use-cases/page.ts";
import type { Executor } from "../database.ts";
import { rowsOf, toDate, toDateOrNull } from "../raw-rows.ts";

interface Row {
  id: string;
  partnership_id: string;
  reason: FollowUpRecord["reason"];
  opened_at: Date | string;
  outcome: FollowUpRecord["outcome"];
  closed_at: Date | string | null;
  closed_by: string | null;
  total: number;
  round_id: string;
  kind: string;
  status: PartnershipFacts["status"];
  created_at: Date | string;
  nudged_at: Date | string | null;
  partnership_closed_at: Date | string | null;
  members: (Omit<MemberFacts, "leftAt"> & { leftAt: string | null })[] | null;
  check_ins:
    | (Omit<CheckInRecord, "partnershipId" | "sentAt" | "answeredAt"> & {
        sentAt: string;
        answeredAt: string;
        memberName: string;
      })[]
    | null;
  meetings_held: number;
}

export async function listOpenFollowUpsOfRound(
  db: Executor,
  roundId: string,
  page: { offset: number; limit: number },
): Promise<Page<FollowUpItem>> {
  const open = sql`from follow_up f join partnership p on p.id = f.partnership_id
    where p.round_id = ${roundId} and f.closed_at is null`;
  const order = (f: SQL) =>
    sql`case when ${f}.reason = 'problem' then 0 else 1 end, ${f}.opened_at, ${f}.id`;
  const rows = await rowsOf<Row>(
    db,
    sql`with listed as (
          select f.id, f.partnership_id, f.reason, f.opened_at, f.outcome, f.closed_at,
            f.closed_by, count(*) over ()::int as total
          ${open}
          order by ${order(sql`f`)}
          limit ${page.limit} offset ${page.offset})
        select l.*, p.round_id, p.kind, p.status, p.created_at, p.nudged_at,
          p.closed_at as partnership_closed_at,
          (select json_agg(json_build_object('applicationId', m.application_id, 'role', m.role,
                    'leftAt', m.left_at, 'name', a.name, 'email', a.email, 'locale', a.locale)
                  order by a.name)
           from partnership_member m join application a on a.id = m.application_id
           where m.partnership_id = p.id) as members,
          (select json_agg(json_build_object('id', c.id, 'applicationId', c.application_id,
                    'sequence', c.sequence, 'sentAt', c.sent_at, 'answer', c.answer,
                    'goodMatch', c.good_match, 'note', c.note, 'answeredAt', c.answered_at,
                    'memberName', a.name)
                  order by c.answered_at desc)
           from check_in c join application a on a.id = c.application_id
           where c.partnership_id = p.id and c.answered_at is not null) as check_ins,
          (select count(*)::int from meeting h
           where h.partnership_id = p.id and h.status = 'held') as meetings_held
        from listed l join partnership p on p.id = l.partnership_id
        order by ${order(sql`l`)}`,
  );
  if (rows.length === 0 && page.offset > 0) {
    // Past the last page: the window count had no row to ride on.
    const [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n ${open}`);
    return { items: [], total: count?.n ?? 0 };
  }
  return { total: rows[0]?.total ?? 0, items: rows.map(toItem) };
}

function toItem(row: Row): FollowUpItem {
  return {
    followUp: {
      id: row.id,
      partnershipId: row.partnership_id,
      reason: row.reason,
      openedAt: toDate(row.opened_at),
      outcome: row.outcome,
      closedAt: toDateOrNull(row.closed_at),
      closedBy: row.closed_by,
    },
    partnership: {
      id: row.partnership_id,
      roundId: row.round_id,
      kind: row.kind,
      status: row.status,
      createdAt: toDate(row.created_at),
      nudgedAt: toDateOrNull(row.nudged_at),
      closedAt: toDateOrNull(row.partnership_closed_at),
      members: (row.members ?? []).map((m) => ({ ...m, leftAt: toDateOrNull(m.leftAt) })),
    },
    checkIns: (row.check_ins ?? []).map((c) => ({
      ...c,
      partnershipId: row.partnership_id,
      sentAt: toDate(c.sentAt),
      answeredAt: toDate(c.answeredAt),
    })),
    meetingsHeld: row.meetings_held,
  };
}
