import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * Moves focus (and so the view) to an element when it appears or `shown` changes: a message
 * shown after a form posts without a reload must be where the person is looking, not at the
 * top of a page they have scrolled to the bottom of. The element needs `tabIndex={-1}`.
 */
export function useFocusOnShow<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [shown]);
  return ref;
}

/**
 * The same for a message on a page a post redirected to ("?done=joined"): focus goes to it on
 * each arrival, so a screen reader reads it (a status already on a page that loads is not
 * announced) and Tab goes on from there, instead of from the page's body where the pressed,
 * now gone or disabled, button left it (WCAG 2.4.3, 4.1.3).
 */
export function useFocusOnArrival<T extends HTMLElement>(shown: boolean) {
  const location = useLocation();
  return useFocusOnShow<T>(shown ? location.key : null);
}
