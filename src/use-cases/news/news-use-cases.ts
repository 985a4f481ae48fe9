/** The door's part for this feature (see ../use-cases.ts). News (issue 14): posts, comments and their moderation, RSS and Atom feeds, following a network and the weekly digest. */
import type { Bind } from "../use-cases.ts";
import { commentOnNewsPost } from "./comment-on-news-post.ts";
import { deleteNewsPost } from "./delete-news-post.ts";
import { editNewsPost } from "./edit-news-post.ts";
import { findNetworkFollow } from "./find-network-follow.ts";
import { findNewsPublisherForPosting } from "./find-news-publisher.ts";
import { setNetworkFollow } from "./set-network-follow.ts";
import { getNewsComment } from "./get-news-comment.ts";
import { getNewsFeed } from "./get-news-feed.ts";
import { getNewsPost } from "./get-news-post.ts";
import { getNewsPostForEditing } from "./get-news-post-for-editing.ts";
import { hideNewsComment } from "./hide-news-comment.ts";
import { keepNewsComment } from "./keep-news-comment.ts";
import { listNews } from "./list-news.ts";
import { listPublisherNews } from "./list-publisher-news.ts";
import { listReportedComments } from "./list-reported-comments.ts";
import { publishNewsPost } from "./publish-news-post.ts";
import { reportNewsComment } from "./report-news-comment.ts";
import { sendWeeklyDigests } from "./send-weekly-digests.ts";

export const newsUseCases = (bind: Bind) => ({
  // everyone
  listNews: bind(listNews),
  listPublisherNews: bind(listPublisherNews),
  getNewsPost: bind(getNewsPost),
  getNewsFeed: bind(getNewsFeed),
  // members
  commentOnNewsPost: bind(commentOnNewsPost),
  getNewsComment: bind(getNewsComment),
  reportNewsComment: bind(reportNewsComment),
  findNetworkFollow: bind(findNetworkFollow),
  setNetworkFollow: bind(setNetworkFollow),
  // organisers of a network, facilitators of a programme
  findNewsPublisherForPosting: bind(findNewsPublisherForPosting),
  publishNewsPost: bind(publishNewsPost),
  getNewsPostForEditing: bind(getNewsPostForEditing),
  editNewsPost: bind(editNewsPost),
  deleteNewsPost: bind(deleteNewsPost),
  listReportedComments: bind(listReportedComments),
  hideNewsComment: bind(hideNewsComment),
  keepNewsComment: bind(keepNewsComment),
  // the scheduled job "news.digest"
  sendWeeklyDigests: bind(sendWeeklyDigests),
});
