/** The door's part for this feature (see ../use-cases.ts). The co-written guide and open data (issue 15). */
import type { Bind } from "../use-cases.ts";
import { addChapter } from "./add-chapter.ts";
import { getChapterHistory, restoreChapterVersion } from "./chapter-history.ts";
import { getChapterForEditing } from "./get-chapter-for-editing.ts";
import { getGuideWorkspace, getRoundGuide } from "./get-guide-workspace.ts";
import { getOpenDataFile } from "./get-open-data.ts";
import { moveChapter } from "./move-chapter.ts";
import { getOpenTopicLibraryFile, listOpenTopicLibraries } from "./open-topic-libraries.ts";
import { publishGuide } from "./publish-guide.ts";
import { findPublishedGuide, listMyGuides, listPublishedGuides } from "./published-guides.ts";
import { saveChapter } from "./save-chapter.ts";
import { setTopicLibraryOpenData } from "./set-topic-library-open-data.ts";
import { startGuide } from "./start-guide.ts";
import { updateGuideDetails } from "./update-guide-details.ts";

export const guideUseCases = (bind: Bind) => ({
  // facilitators
  getRoundGuide: bind(getRoundGuide),
  startGuide: bind(startGuide),
  updateGuideDetails: bind(updateGuideDetails),
  addChapter: bind(addChapter),
  moveChapter: bind(moveChapter),
  publishGuide: bind(publishGuide),
  /** A programme's facilitators open (or withdraw) its topic library as open data. */
  setTopicLibraryOpenData: bind(setTopicLibraryOpenData),
  // writers (the round's participants and facilitators)
  getGuideWorkspace: bind(getGuideWorkspace),
  getChapterForEditing: bind(getChapterForEditing),
  saveChapter: bind(saveChapter),
  getChapterHistory: bind(getChapterHistory),
  restoreChapterVersion: bind(restoreChapterVersion),
  listMyGuides: bind(listMyGuides),
  // everyone
  listPublishedGuides: bind(listPublishedGuides),
  findPublishedGuide: bind(findPublishedGuide),
  getOpenDataFile: bind(getOpenDataFile),
  listOpenTopicLibraries: bind(listOpenTopicLibraries),
  getOpenTopicLibraryFile: bind(getOpenTopicLibraryFile),
});
