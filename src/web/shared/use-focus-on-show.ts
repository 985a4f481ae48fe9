import { useEffect, useRef } from "react";

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
