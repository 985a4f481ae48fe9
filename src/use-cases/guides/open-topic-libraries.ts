/**
 * Topic libraries their facilitators published (decision 0020, point 8): the list on the open
 * data page, and one library's file, JSON or CSV, with the licence inside. A library not
 * published is not found, like one that does not exist.
 */
import {
  topicLibraryCsv,
  topicLibraryJson,
  type OpenTopicLibrary,
} from "../../domain/guides/open-data.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { OpenTopicProgramme } from "./guide-ports.ts";

export async function listOpenTopicLibraries(
  deps: Pick<UseCaseDeps, "uow">,
): Promise<{ slug: string; name: string }[]> {
  const libraries = await deps.uow.read.openData.listOpenTopicLibraries();
  return libraries.map((l) => ({ slug: l.slug, name: l.name }));
}

export async function getOpenTopicLibraryFile(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  input: { programmeSlug: string; format: "json" | "csv" },
): Promise<Result<{ contentType: string; body: string }>> {
  const read = deps.uow.read;
  const programme = await read.openData.findOpenTopicLibrary(input.programmeSlug);
  if (!programme) return fail({ code: "not_found" });
  const library = await openLibrary(deps, programme);
  if (input.format === "csv")
    return ok({ contentType: "text/csv; charset=utf-8", body: topicLibraryCsv(library) });
  return ok({
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(topicLibraryJson(library, deps.clock.now()), null, 2)}\n`,
  });
}

async function openLibrary(
  deps: Pick<UseCaseDeps, "uow">,
  programme: OpenTopicProgramme,
): Promise<OpenTopicLibrary> {
  const topics = await deps.uow.read.topics.listAllByProgramme(programme.id);
  return {
    programmeSlug: programme.slug,
    programmeName: programme.name,
    defaultLanguage: programme.defaultLanguage,
    topics: topics
      .filter((t) => !t.archived)
      .map((t) => ({
        texts: t.texts.map((text) => ({
          locale: text.locale,
          title: text.title,
          promptMarkdown: text.promptMarkdown,
        })),
      })),
  };
}
