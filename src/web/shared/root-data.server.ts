import { createContext, type RouterContextProvider } from "react-router";
import { knowsReaderTimeZone, readerTimeZone } from "./time-zone.server.ts";
import { actorOf, findViewer, requestLocale } from "./viewer.server.ts";

/**
 * Set by the facilitators' guard once it let the reader in (facilitator-guard.server.ts): they
 * facilitate, so the frame need not ask the database again (one statement on every
 * facilitator page; issue 17).
 */
export const readerFacilitates = createContext(false);

/**
 * What every page's frame needs: the reader's language and time zone, who is signed in
 * (the header), and what they facilitate. The root loader returns it; a guard that refuses
 * a page before any loader runs sends it with its error (see root-data.ts), so a refused
 * reader still sees their own header, in their own language.
 */
export async function loadRootData(request: Request, context: Readonly<RouterContextProvider>) {
  const viewer = await findViewer(request, context);
  const { services } = context;
  const facilitates =
    context.get(readerFacilitates) ||
    (await services.useCases.findMyRoles(actorOf(viewer))).facilitates;
  return {
    locale: requestLocale(request, viewer),
    timeZone: readerTimeZone(request),
    timeZoneKnown: knowsReaderTimeZone(request),
    viewer: viewer && { name: viewer.name, email: viewer.email, role: viewer.role },
    facilitates,
    devMail: services.mailTransport === "dev-mailbox" && viewer?.role === "admin",
  };
}

export type RootData = Awaited<ReturnType<typeof loadRootData>>;
