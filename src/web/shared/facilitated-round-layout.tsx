import { Outlet } from "react-router";
import { facilitatorGuard } from "./facilitator-guard.server.ts";

/** Every page under /facilitate/rounds/:roundId (src/web/routes.ts puts them here). */
export const middleware = [facilitatorGuard((params) => ({ roundId: params.roundId ?? "" }))];

export default function FacilitatedRoundLayout() {
  return <Outlet />;
}
