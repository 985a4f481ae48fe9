/**
 * Networks (issue 14): local, national, international and specialist networks of
 * librarians, their members, organisers, co-organiser invitations, and campaigns with
 * petitions. A network is proposed by a member and listed once an administrator approves it.
 */
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth.ts";

export const network = pgTable(
  "network",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** Markdown, sanitised when shown. */
    description: text("description").notNull().default(""),
    /** local | national | international | specialist */
    kind: text("kind").notNull(),
    /** ISO 3166-1 alpha-2, or "" for an international or online-only network. */
    country: text("country").notNull().default(""),
    region: text("region").notNull().default(""),
    city: text("city").notNull().default(""),
    /** Meets online (alone or besides a place). */
    online: boolean("online").notNull().default(false),
    /** Sector codes of the vocabulary (public, school, academic, …). */
    sectors: jsonb("sectors").$type<string[]>().notNull().default([]),
    /** ISO 639-1 codes of the languages the network works in. */
    languages: jsonb("languages").$type<string[]>().notNull().default([]),
    websiteUrl: text("website_url").notNull().default(""),
    mailingListUrl: text("mailing_list_url").notNull().default(""),
    /** A blog or wiki. */
    blogUrl: text("blog_url").notNull().default(""),
    /** proposed | approved | declined */
    status: text("status").notNull().default("proposed"),
    /** Why an administrator declined the proposal, told to the proposer. */
    declineReason: text("decline_reason").notNull().default(""),
    proposedBy: text("proposed_by").references(() => user.id, { onDelete: "set null" }),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /**
     * How many members it has, kept by the repository's join and leave in the same statement
     * as the membership (the directory shows it for each row of a page; counting a page's
     * members read hundreds of membership rows). Anything else that deletes memberships
     * (an account's deletion cascading) must keep it too.
     */
    memberCount: integer("member_count").notNull().default(0),
    /** The one search rule's folded text (src/domain/search-text.ts), written by the repository. */
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("network_listed").on(t.status, t.name),
    index("network_country")
      .on(t.country)
      .where(sql`${t.status} = 'approved'`),
  ],
);

export const networkMember = pgTable(
  "network_member",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** Whether other members see this membership (off unless the member turns it on). */
    visible: boolean("visible").notNull().default(false),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index("network_member_user").on(t.userId),
  ],
);

export const networkOrganiser = pgTable(
  "network_organiser",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index("network_organiser_user").on(t.userId),
  ],
);

/** A co-organiser invitation, accepted only by an account that has verified the email. */
export const networkOrganiserInvitation = pgTable(
  "network_organiser_invitation",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("network_organiser_invitation_email").on(t.networkId, t.email)],
);

/** Following a network: its new events and news in a weekly digest email. */
export const networkFollow = pgTable(
  "network_follow",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    followedAt: timestamp("followed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index("network_follow_user").on(t.userId),
  ],
);

/** One weekly digest per person and week (its primary key: sent once). */
export const digestDelivery = pgTable(
  "digest_delivery",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** ISO week, e.g. "2026-W49". */
    week: text("week").notNull(),
    /** What the digest covered: items published after this moment and up to sentAt. */
    since: timestamp("since", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** How many items it listed (0: nothing new, no email written). */
    items: integer("items").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.week] })],
);

/** A network's campaign page with a petition. */
export const campaign = pgTable(
  "campaign",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** Markdown, sanitised when shown. */
    body: text("body").notNull().default(""),
    /** What the petition asks for, shown above the signing form. */
    petitionText: text("petition_text").notNull().default(""),
    /** A number of signatures to reach, or null. */
    goal: integer("goal"),
    /** open | closed */
    status: text("status").notNull().default("open"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaign_network_slug").on(t.networkId, t.slug)],
);

/**
 * A petition signature. It counts only once confirmed from the emailed link; one per email
 * address and campaign (the address is stored lower-cased).
 */
export const petitionSignature = pgTable(
  "petition_signature",
  {
    id: text("id").primaryKey(),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaign.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    comment: text("comment").notNull().default(""),
    /** The signer chose to show the comment (with their name and country) on the page. */
    commentPublic: boolean("comment_public").notNull().default(false),
    locale: text("locale").notNull().default("en"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("petition_signature_email").on(t.campaignId, t.email),
    index("petition_signature_confirmed")
      .on(t.campaignId, t.confirmedAt)
      .where(sql`${t.confirmedAt} is not null`),
  ],
);
