import { Outlet } from "react-router";
import { facilitatorGuard } from "./facilitator-guard.server.ts";

/** Every page under /facilitate/programmes/:programmeId (src/web/routes.ts puts them here). */
export const middleware = [
  facilitatorGuard((params) => ({ programmeId: params.programmeId ?? "" })),
];

export default function FacilitatedProgrammeLayout() {
  return <Outlet />;
}
