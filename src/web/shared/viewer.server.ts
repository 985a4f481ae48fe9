import { redirect } from "react-router";
import type { AppContext } from "../context.ts";
import { localeForRequest } from "../../i18n/request-locale.ts";
import type { Locale } from "../../i18n/languages.ts";
import type { Actor } from "../../use-cases/result.ts";
import { oncePerRequest } from "./once-per-request.ts";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: "admin" | "user";
  locale: string | null;
  emailVerified: boolean;
}

/** The signed-in person, or null. */
export async function findViewer(request: Request, context: AppContext): Promise<Viewer | null> {
  const session = await oncePerRequest(request, context, "session", () =>
    context.services.auth.api.getSession({ headers: request.headers }),
  );
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; locale?: string | null };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role === "admin" ? "admin" : "user",
    locale: user.locale ?? null,
    emailVerified: user.emailVerified,
  };
}

/** The signed-in person; anyone else is sent to sign in and brought back afterwards. */
export async function requireViewer(request: Request, context: AppContext): Promise<Viewer> {
  const viewer = await findViewer(request, context);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return viewer;
}

export function actorOf(viewer: Viewer): Actor;
export function actorOf(viewer: Viewer | null): Actor | null;
export function actorOf(viewer: Viewer | null): Actor | null {
  return viewer ? { userId: viewer.id, role: viewer.role } : null;
}

export function requestLocale(request: Request, viewer: Viewer | null): Locale {
  return localeForRequest(request.headers, viewer?.locale);
}
