import { prefix, route } from "@react-router/dev/routes";

/** The development mailbox (embedded mode, administrators). */
export const mailRoutes = prefix("dev/mail", [
  route("", "features/mail/mail-list.tsx"),
  route(":emailId", "features/mail/mail-message.tsx"),
]);
