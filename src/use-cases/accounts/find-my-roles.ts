import { canCreateProgrammes } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";

export interface MyRoles {
  /** Shows the "Facilitate" link: an administrator, or a facilitator of some programme. */
  facilitates: boolean;
  mayCreateProgrammes: boolean;
}

export async function findMyRoles(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
): Promise<MyRoles> {
  const may = await canCreateProgrammes(deps.uow.read, actor);
  return { facilitates: may, mayCreateProgrammes: may };
}
