import { createContext, useContext } from "react";

/**
 * The page's Content-Security-Policy (issue 16). Scripts run only from this site's files and
 * from the inline scripts the server wrote with this response's nonce (React Router's
 * hydration data, the time-zone cookie script): an injected <script> or event-handler
 * attribute does not run, even if a sanitiser were ever to miss one. Images may come from
 * any https address because news and spotlights show images by link; styles allow inline
 * `style` attributes, which React writes for a few layouts (no script runs from a style).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** This response's nonce, for the inline scripts a page writes (none in the browser). */
export const ScriptNonce = createContext<string | undefined>(undefined);

export function useScriptNonce(): string | undefined {
  return useContext(ScriptNonce);
}
