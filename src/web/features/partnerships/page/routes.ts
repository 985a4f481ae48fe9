import { prefix, route } from "@react-router/dev/routes";

/** A participant's partnership page, its meeting log and .ics files. */
export const partnershipPageRoutes = prefix("partnerships/:partnershipId", [
  route("", "features/partnerships/page/partnership.tsx"),
  route("meetings/:meetingId", "features/partnerships/page/edit-meeting.tsx"),
  route("meetings/:meetingId/delete", "features/partnerships/page/delete-meeting.tsx"),
  route("meetings/:meetingId.ics", "features/partnerships/page/meeting-ics.tsx"),
]);
