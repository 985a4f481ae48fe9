import { z } from "zod";
import { toFieldErrors } from "../../domain/field-errors.ts";
import { canCreateProgrammes } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "./programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { uniqueSlug } from "../../domain/slug.ts";

export const UI_LANGUAGES = ["en", "es", "fr"] as const;

export const programmeInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(5000).default(""),
  organisation: z.string().trim().max(200).default(""),
  contactEmail: z
    .union([
      z.literal(""),
      z.string().trim().toLowerCase().max(254).email({ message: "errors.email" }),
    ])
    .default(""),
  defaultLanguage: z.enum(UI_LANGUAGES, { message: "errors.invalidChoice" }),
});
export type ProgrammeInput = z.input<typeof programmeInputSchema>;

/** A facilitator creates a programme and becomes its first facilitator. */
export async function createProgramme(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: ProgrammeInput,
): Promise<Result<ProgrammeRecord>> {
  const parsed = programmeInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", fieldErrors: toFieldErrors(parsed.error) });
  return deps.uow.transaction(async (repositories) => {
    if (!actor || !(await canCreateProgrammes(repositories, actor)))
      return fail({ code: "forbidden" });
    const now = deps.clock.now();
    const programme: ProgrammeRecord = {
      id: deps.ids.newId(),
      slug: await uniqueSlug(parsed.data.name, (slug) => repositories.programmes.slugExists(slug)),
      ...parsed.data,
      createdAt: now,
    };
    await repositories.programmes.insert(programme, actor.userId);
    await repositories.programmes.addFacilitator(programme.id, actor.userId, null);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "programme.created",
      subjectType: "programme",
      subjectId: programme.id,
      createdAt: now,
    });
    return ok(programme);
  });
}
