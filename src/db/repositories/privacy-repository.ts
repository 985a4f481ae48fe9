/**
 * Privacy rights (issue 16): consent records, the export of everything about a person, the
 * erasure of an account, the retention of finished rounds' applications, ending sessions.
 */
import { and, count, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { ConsentPurpose } from "../../domain/privacy/consent.ts";
import {
  emptyPersonalData,
  MAX_EXPORT_ROWS_PER_KIND,
  type ExportKind,
  type ExportRow,
} from "../../domain/privacy/data-export.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import { erasedAddress, type ErasureCounts } from "../../domain/privacy/erasure.ts";
import type { DataSubject, PrivacyRepository } from "../../use-cases/privacy/privacy-ports.ts";
import { containsPattern, matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { bumpDirectoryVersion } from "./network-directory-query.ts";
import { pageWithTotal } from "../page-with-total.ts";
import { rowsOf } from "../raw-rows.ts";
import { consentRecord, programme, round, session, user } from "../schema/index.ts";

const LIMIT = sql.raw(String(MAX_EXPORT_ROWS_PER_KIND));
const ERASED_SUFFIX = erasedAddress("").slice("erased-".length);

/** The person's applications: by account, and by their proved address. */
function applicationsOf(subject: DataSubject): SQL {
  return subject.verifiedEmail === null
    ? sql`(select id from application where user_id = ${subject.userId})`
    : sql`(select id from application where user_id = ${subject.userId} or email = ${subject.verifiedEmail})`;
}

function byEmail(column: SQL, subject: DataSubject): SQL {
  return subject.verifiedEmail === null ? sql`false` : sql`${column} = ${subject.verifiedEmail}`;
}

/** The same texts taken out of every string of a JSON value (an audit entry's details). */
function redactJson(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, redact));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redact(k), redactJson(v, redact)]),
    );
  return value;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function redactor(texts: readonly string[]): (text: string) => string {
  const wanted = [...new Set(texts.filter((t) => t.trim().length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => wanted.reduce((out, needle) => out.split(needle).join("[…]"), text);
}

export function createPrivacyRepository(db: Executor): PrivacyRepository {
  const rows = (query: SQL) => rowsOf<ExportRow>(db, query);
  return {
    async recordConsents(records) {
      if (records.length === 0) return;
      await db.insert(consentRecord).values(records);
    },

    async listConsents(subject) {
      const found = await db
        .select()
        .from(consentRecord)
        .where(
          subject.verifiedEmail === null
            ? eq(consentRecord.userId, subject.userId)
            : or(
                eq(consentRecord.userId, subject.userId),
                eq(consentRecord.email, subject.verifiedEmail),
              ),
        )
        .orderBy(desc(consentRecord.agreedAt), desc(consentRecord.id))
        .limit(MAX_EXPORT_ROWS_PER_KIND);
      return found.map((r) => ({ ...r, purpose: r.purpose as ConsentPurpose }));
    },

    async findPersonalData(subject) {
      const apps = applicationsOf(subject);
      const uid = subject.userId;
      const partnerships = sql`(select partnership_id from partnership_member where application_id in ${apps})`;
      const queries: Record<ExportKind, SQL> = {
        account: sql`select id, name, email, email_verified as "emailVerified", role, locale,
            created_at as "createdAt", updated_at as "updatedAt" from "user" where id = ${uid}`,
        consents: sql`select purpose, text_version as "textVersion", context, locale, email,
            agreed_at as "agreedAt", withdrawn_at as "withdrawnAt" from consent_record
          where user_id = ${uid} or ${byEmail(sql`email`, subject)} order by agreed_at limit ${LIMIT}`,
        applications: sql`select a.id, p.name as "programme", r.name as "round", a.status,
            a.waitlist_reason as "waitlistReason", a.decision_message as "decisionMessage",
            a.source, a.locale, a.name, a.email, a.country, a.city, a.languages,
            a.time_zone as "timeZone", a.library, a.sector, a.solo, a.job_title as "jobTitle",
            a.career_stage as "careerStage", a.experience_years as "experienceYears",
            a.interests, a.other_interests as "otherInterests", a.goals, a.match_by as "matchBy",
            a.partner_sector as "partnerSector", a.meeting_formats as "meetingFormats",
            a.availability, a.role, a.mentor_capacity as "mentorCapacity",
            a.custom_answers as "customAnswers", a.consent_at as "consentAt",
            a.rules_agreed_at as "rulesAgreedAt", a.created_at as "createdAt",
            a.updated_at as "updatedAt", a.withdrawn_at as "withdrawnAt"
          from application a join round r on r.id = a.round_id join programme p on p.id = r.programme_id
          where a.id in ${apps} order by a.created_at limit ${LIMIT}`,
        // Partners by name only, as the partnership page shows them.
        partnerships: sql`select pa.id, p.name as "programme", r.name as "round", pa.kind, pa.status,
            me.role as "myRole", me.left_at as "leftAt", pa.created_at as "createdAt",
            pa.closed_at as "closedAt",
            coalesce((select string_agg(case when o.name = '' then null else o.name end, '; ' order by o.name)
              from partnership_member om join application o on o.id = om.application_id
              where om.partnership_id = pa.id and om.application_id not in ${apps}), '') as "partners"
          from partnership_member me join partnership pa on pa.id = me.partnership_id
          join round r on r.id = pa.round_id join programme p on p.id = r.programme_id
          where me.application_id in ${apps} order by pa.created_at limit ${LIMIT}`,
        meetings: sql`select m.id, m.partnership_id as "partnershipId", m.status,
            m.starts_at as "startsAt", m.duration_minutes as "durationMinutes", m.place, m.format,
            m.shared_note as "sharedNote",
            case when m.logged_by in ${apps} then m.private_note else null end as "myPrivateNote",
            (m.logged_by in ${apps}) as "loggedByMe", m.created_at as "createdAt"
          from meeting m where m.partnership_id in ${partnerships} order by m.starts_at limit ${LIMIT}`,
        check_ins: sql`select c.id, c.partnership_id as "partnershipId", c.sequence,
            c.sent_at as "sentAt", c.answer, c.good_match as "goodMatch", c.note,
            c.answered_at as "answeredAt"
          from check_in c where c.application_id in ${apps} order by c.sent_at limit ${LIMIT}`,
        survey_answers: sql`select s.kind as "survey", rd.name as "round", q.prompts as "question",
            a.scale, a.option_ids as "optionIds", a.text, r.submitted_at as "submittedAt"
          from survey_response r join survey s on s.id = r.survey_id join round rd on rd.id = s.round_id
          join survey_answer a on a.response_id = r.id join survey_question q on q.id = a.question_id
          where r.application_id in ${apps} order by r.submitted_at, q.position limit ${LIMIT}`,
        session_rsvps: sql`select g.title as "session", g.starts_at as "startsAt", v.answer,
            v.answered_at as "answeredAt"
          from session_rsvp v join group_session g on g.id = v.session_id
          where v.application_id in ${apps} order by g.starts_at limit ${LIMIT}`,
        news_posts: sql`select n.id, n.slug, n.title, n.body, n.published_at as "publishedAt",
            n.updated_at as "updatedAt" from news_post n where n.author_id = ${uid}
          order by n.published_at limit ${LIMIT}`,
        news_comments: sql`select c.id, n.title as "post", c.body, c.created_at as "createdAt",
            c.hidden_at as "hiddenAt" from news_comment c join news_post n on n.id = c.post_id
          where c.author_id = ${uid} order by c.created_at limit ${LIMIT}`,
        network_memberships: sql`select n.name as "network", m.visible, m.joined_at as "joinedAt"
          from network_member m join network n on n.id = m.network_id where m.user_id = ${uid}
          order by m.joined_at limit ${LIMIT}`,
        network_roles: sql`(select 'network organiser' as "role", n.name as "of", o.created_at as "since"
            from network_organiser o join network n on n.id = o.network_id where o.user_id = ${uid})
          union all
          (select 'programme facilitator', p.name, f.created_at
            from programme_facilitator f join programme p on p.id = f.programme_id where f.user_id = ${uid})
          order by 3 limit ${LIMIT}`,
        network_follows: sql`select n.name as "network", f.followed_at as "followedAt"
          from network_follow f join network n on n.id = f.network_id where f.user_id = ${uid}
          order by f.followed_at limit ${LIMIT}`,
        event_registrations: sql`select e.title as "event", e.slug, r.status,
            r.created_at as "createdAt", r.promoted_at as "promotedAt", r.cancelled_at as "cancelledAt"
          from event_registration r join event e on e.id = r.event_id where r.user_id = ${uid}
          order by r.created_at limit ${LIMIT}`,
        petition_signatures: sql`select c.title as "campaign", s.name, s.email, s.country, s.comment,
            s.comment_public as "commentPublic", s.locale, s.confirmed_at as "confirmedAt",
            s.created_at as "createdAt"
          from petition_signature s join campaign c on c.id = s.campaign_id
          where ${byEmail(sql`s.email`, subject)} order by s.created_at limit ${LIMIT}`,
        spotlights: sql`select s.id, case when s.author_id = ${uid} then 'author' else 'subject' end as "you",
            s.subject_name as "colleague", s.title, s.body, s.link_url as "linkUrl",
            s.image_url as "imageUrl", s.image_alt as "imageAlt", s.status,
            s.created_at as "createdAt", s.answered_at as "answeredAt", s.withdrawn_at as "withdrawnAt"
          from spotlight s where s.author_id = ${uid} or s.subject_user_id = ${uid}
            or ${byEmail(sql`s.subject_email`, subject)}
          order by s.created_at limit ${LIMIT}`,
        nominations: sql`select n.id, o.title as "opportunity",
            case when n.nominator_id = ${uid} then 'nominator' else 'nominee' end as "you",
            n.nominee_name as "nominee", n.note, n.status, n.outcome, n.created_at as "createdAt",
            n.answered_at as "answeredAt", n.outcome_at as "outcomeAt"
          from nomination n join opportunity o on o.id = n.opportunity_id
          where n.nominator_id = ${uid} or n.nominee_user_id = ${uid}
            or ${byEmail(sql`n.nominee_email`, subject)}
          order by n.created_at limit ${LIMIT}`,
        mentoring_offers: sql`select m.id, case when m.mentor_id = ${uid} then 'mentor' else 'mentee' end as "you",
            m.message, m.status, m.created_at as "createdAt", m.answered_at as "answeredAt"
          from mentoring_offer m where m.mentor_id = ${uid} or m.mentee_id = ${uid}
          order by m.created_at limit ${LIMIT}`,
        profile: sql`select visibility, headline, bio, country, sector,
            open_to_mentoring as "openToMentoring", looking_for_mentor as "lookingForMentor",
            updated_at as "updatedAt" from member_profile where user_id = ${uid}`,
        guide_revisions: sql`select g.title as "guide", r.chapter_id as "chapterId", r.version,
            r.title, r.body, r.kind, r.created_at as "createdAt"
          from guide_chapter_revision r join guide_chapter c on c.id = r.chapter_id
          join guide g on g.id = c.guide_id where r.author_id = ${uid}
          order by r.created_at limit ${LIMIT}`,
        email_choices: sql`select kind as "stopped", created_at as "createdAt" from email_opt_out
          where ${byEmail(sql`email`, subject)} order by kind limit ${LIMIT}`,
      };
      const data = emptyPersonalData();
      // One after another: inside a transaction (PGlite's one connection) statements queue anyway.
      for (const [kind, query] of Object.entries(queries) as [ExportKind, SQL][])
        data[kind] = await rows(query);
      return data;
    },

    async findPerson(userId, now) {
      const [found] = await peopleQuery(db, eq(user.id, userId), now).limit(1);
      return found ? toPerson(found) : null;
    },

    async listPeople(search, page, now) {
      const where = search.trim() ? accountMatchesSql(search) : undefined;
      const { rows: items, total } = await pageWithTotal(
        peopleQuery(db, where, now).orderBy(user.email).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(user).where(where),
      );
      return { items: items.map(toPerson), total };
    },

    async countAdministrators() {
      const [found] = await db.select({ n: count() }).from(user).where(eq(user.role, "admin"));
      return found?.n ?? 0;
    },

    async listActiveEventRegistrations(userId) {
      const found = await rowsOf<{ slug: string }>(
        db,
        sql`select e.slug from event_registration r join event e on e.id = r.event_id
          where r.user_id = ${userId} and r.status in ('registered', 'waitlisted') order by e.slug`,
      );
      return found.map((r) => r.slug);
    },

    async eraseAccount(subject, redact) {
      const uid = subject.userId;
      const apps = applicationsOf(subject);
      const one = async (query: SQL) =>
        (await rowsOf<{ n: number | string }>(db, query)).reduce((n, r) => n + Number(r.n), 0);
      const changed = async (query: SQL) => (await rowsOf<{ x: number }>(db, query)).length;

      // Free texts the person wrote into partnerships and surveys; the rows stay for the counts.
      const meetingNotesCleared =
        await changed(sql`update meeting set shared_note = '', private_note = ''
        where logged_by in ${apps} and (shared_note <> '' or private_note <> '') returning 1 as x`);
      const checkInNotesCleared = await changed(sql`update check_in set note = ''
        where application_id in ${apps} and note <> '' returning 1 as x`);
      const surveyTextsCleared = await changed(sql`update survey_answer set text = null
        where text is not null and response_id in
          (select id from survey_response where application_id in ${apps}) returning 1 as x`);
      const applicationsAnonymised = await changed(sql`update application set
          name = '', email = 'erased-' || id || ${ERASED_SUFFIX}, city = '', library = '',
          job_title = '', other_interests = '', goals = '', custom_answers = '{}'::jsonb,
          decision_message = null, user_id = null, search_text = '',
          manage_token_hash = 'erased:' || id, updated_at = now()
        where id in ${apps} returning 1 as x`);
      const commentsDeleted = await changed(
        sql`delete from news_comment where author_id = ${uid} returning 1 as x`,
      );
      const petitionSignaturesAnonymised = await changed(sql`update petition_signature set
          name = '', email = 'erased-' || id || ${ERASED_SUFFIX}, comment = '', comment_public = false
        where ${byEmail(sql`email`, subject)} returning 1 as x`);
      // network.member_count is kept by whoever deletes memberships (schema/networks.ts).
      const networkMembershipsEnded =
        await changed(sql`update network set member_count = member_count - 1
        where id in (select network_id from network_member where user_id = ${uid}) returning 1 as x`);
      if (networkMembershipsEnded > 0) await bumpDirectoryVersion(db);
      const eventRegistrationsDeleted = await one(
        sql`select count(*) as n from event_registration where user_id = ${uid}`,
      );
      const consentRecordsDeleted = await changed(sql`delete from consent_record
        where user_id = ${uid} or ${byEmail(sql`email`, subject)} returning 1 as x`);
      const sessionsEnded = await one(
        sql`select count(*) as n from session where user_id = ${uid}`,
      );
      const emailsDeleted = await changed(
        sql`delete from email_outbox where to_address = ${redact.email} returning 1 as x`,
      );

      // What others were sent or what the log says still names them: those texts are taken out.
      const texts = [
        redact.name,
        redact.email,
        escapeHtml(redact.name),
        escapeHtml(redact.email),
        encodeURIComponent(redact.email),
      ];
      const redactText = redactor(texts);
      const patterns = [...new Set(texts.filter((t) => t.trim() !== ""))].map((t) =>
        containsPattern(t),
      );
      const anyOf = (column: SQL) =>
        sql.join(
          patterns.map((p) => sql`${column} ilike ${p}`),
          sql` or `,
        );
      let emailsRedacted = 0;
      if (patterns.length > 0) {
        const mails = await rowsOf<{
          id: string;
          subject: string;
          body_text: string;
          body_html: string;
          to_name: string;
          to_address: string;
        }>(
          db,
          sql`select id, subject, body_text, body_html, to_name, to_address from email_outbox
            where ${anyOf(sql`subject`)} or ${anyOf(sql`body_text`)} or ${anyOf(sql`body_html`)} or ${anyOf(sql`to_name`)}`,
        );
        for (const mail of mails) {
          await db.execute(sql`update email_outbox set subject = ${redactText(mail.subject)},
              body_text = ${redactText(mail.body_text)}, body_html = ${redactText(mail.body_html)},
              to_name = ${redactText(mail.to_name)},
              search_text = ${searchTextOf([mail.to_address, redactText(mail.to_name)])}
            where id = ${mail.id}`);
          emailsRedacted++;
        }
      }
      let auditEntriesRedacted = 0;
      if (patterns.length > 0) {
        const entries = await rowsOf<{ id: string; data: unknown }>(
          db,
          sql`select id, data from audit_log where ${anyOf(sql`data::text`)}`,
        );
        for (const entry of entries) {
          const data =
            typeof entry.data === "string" ? (JSON.parse(entry.data) as unknown) : entry.data;
          await db.execute(
            sql`update audit_log set data = ${JSON.stringify(redactJson(data, redactText))}::jsonb where id = ${entry.id}`,
          );
          auditEntriesRedacted++;
        }
      }
      // Rows tied to the address rather than the account, and sign-in secrets in flight.
      if (subject.verifiedEmail !== null || redact.email) {
        const email = subject.verifiedEmail ?? redact.email;
        await db.execute(sql`delete from email_opt_out where email = ${email}`);
        await db.execute(sql`delete from facilitator_invitation where email = ${email}`);
        await db.execute(sql`delete from network_organiser_invitation where email = ${email}`);
        await db.execute(sql`delete from rate_limit_hit where key like ${containsPattern(email)}`);
      }
      if (subject.verifiedEmail !== null) {
        await db.execute(sql`delete from spotlight where subject_email = ${subject.verifiedEmail}`);
        await db.execute(
          sql`delete from nomination where nominee_email = ${subject.verifiedEmail}`,
        );
      }
      await db.execute(
        sql`delete from verification where value = ${uid} or value like ${containsPattern(redact.email)}`,
      );
      // The account: its sessions, memberships, registrations, roles, profile, spotlights and
      // the rest go with it (their foreign keys cascade); posts and guide revisions stay with
      // no author, audit entries with no actor.
      await db.delete(user).where(eq(user.id, uid));
      return {
        applicationsAnonymised,
        meetingNotesCleared,
        checkInNotesCleared,
        surveyTextsCleared,
        commentsDeleted,
        petitionSignaturesAnonymised,
        networkMembershipsEnded,
        eventRegistrationsDeleted,
        consentRecordsDeleted,
        sessionsEnded,
        emailsDeleted,
        emailsRedacted,
        auditEntriesRedacted,
      } satisfies ErasureCounts;
    },

    async listUpcomingAnonymisations(page) {
      const where = and(
        isNull(round.applicationsAnonymisedAt),
        sql`${programme.applicationRetentionDays} is not null`,
        sql`exists (select 1 from application a where a.round_id = ${round.id})`,
      );
      const due = sql`${round.endsAt} + make_interval(days => ${programme.applicationRetentionDays})`;
      const { rows: items, total } = await pageWithTotal(
        db
          .select({
            roundId: round.id,
            roundName: round.name,
            roundStatus: round.status,
            roundEndsAt: round.endsAt,
            programmeId: programme.id,
            programmeName: programme.name,
            retentionDays: sql<number>`${programme.applicationRetentionDays}`,
            applications: sql<number>`(select count(*) from application a where a.round_id = ${round.id})::int`,
          })
          .from(round)
          .innerJoin(programme, eq(programme.id, round.programmeId))
          .where(where)
          .orderBy(due, round.id)
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({ n: count() })
          .from(round)
          .innerJoin(programme, eq(programme.id, round.programmeId))
          .where(where),
      );
      return { items, total };
    },

    async listRoundsDueForAnonymisation(now) {
      return db
        .select({ roundId: round.id, programmeId: round.programmeId })
        .from(round)
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(
          and(
            eq(round.status, "finished"),
            isNull(round.applicationsAnonymisedAt),
            sql`${programme.applicationRetentionDays} is not null`,
            sql`${round.endsAt} + make_interval(days => ${programme.applicationRetentionDays}) <= ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(round.endsAt);
    },

    async anonymiseRoundApplications(roundId, now) {
      const apps = sql`(select id from application where round_id = ${roundId})`;
      await db.execute(sql`update meeting set shared_note = '', private_note = ''
        where logged_by in ${apps} and (shared_note <> '' or private_note <> '')`);
      await db.execute(
        sql`update check_in set note = '' where application_id in ${apps} and note <> ''`,
      );
      const anonymised = await rowsOf<{ x: number }>(
        db,
        sql`update application set
          name = '', email = 'erased-' || id || ${ERASED_SUFFIX}, city = '', library = '',
          job_title = '', other_interests = '', goals = '', custom_answers = '{}'::jsonb,
          decision_message = null, user_id = null, search_text = '',
          manage_token_hash = 'erased:' || id, updated_at = ${now.toISOString()}::timestamptz
        where round_id = ${roundId} and email not like ${"%" + ERASED_SUFFIX} returning 1 as x`,
      );
      await db.update(round).set({ applicationsAnonymisedAt: now }).where(eq(round.id, roundId));
      return anonymised.length;
    },

    async findProgrammeRetention(programmeId) {
      const [found] = await db
        .select({
          programmeId: programme.id,
          name: programme.name,
          retentionDays: programme.applicationRetentionDays,
        })
        .from(programme)
        .where(eq(programme.id, programmeId));
      return found ?? null;
    },

    async setProgrammeRetention(programmeId, retentionDays) {
      await db
        .update(programme)
        .set({ applicationRetentionDays: retentionDays })
        .where(eq(programme.id, programmeId));
    },

    async deleteSessions(userId) {
      const gone = await db
        .delete(session)
        .where(eq(session.userId, userId))
        .returning({ id: session.id });
      return gone.length;
    },
  };
}

/**
 * An account found by part of its address, as written, or of its name under the one search
 * rule ("nunez" finds "Núñez"): the people list's search and the audit log's person filter.
 */
export function accountMatchesSql(search: string): SQL | undefined {
  return or(
    ilike(user.email, containsPattern(search.trim())),
    matchesSearchSql(user.searchText, search),
  );
}

function peopleQuery(db: Executor, where: SQL | undefined, now: Date) {
  return db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
      sessions: sql<number>`(select count(*) from ${session} where ${session.userId} = ${user.id} and ${session.expiresAt} > ${now.toISOString()}::timestamptz)::int`,
    })
    .from(user)
    .where(where)
    .$dynamic();
}

function toPerson(row: {
  id: string;
  name: string;
  email: string;
  role: string;
  emailVerified: boolean;
  createdAt: Date;
  sessions: number;
}) {
  return { ...row, role: row.role === "admin" ? ("admin" as const) : ("user" as const) };
}
