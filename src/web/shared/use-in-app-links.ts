import { useEffect, useRef, type RefObject } from "react";
import { useNavigate } from "react-router";

/**
 * Plain `<a href>` links inside the returned element's subtree navigate within the app, as a
 * `<Link>` does, through one click handler for the whole subtree.
 *
 * For long lists of links (a page of applicants, the counts that filter them): each `<Link>`
 * runs some twenty hooks to render, about 6 µs on the server, and a list of 80 of them was a
 * tenth of the applicant list's server time (decision 0024). The links must be absolute
 * paths; a click with a modifier key, another target or a download, and every click before
 * the page is hydrated, is the browser's own.
 */
export function useInAppLinks<T extends HTMLElement>(): RefObject<T | null> {
  const navigate = useNavigate();
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || !element.contains(anchor)) return;
      if (anchor.target && anchor.target !== "_self") return;
      if (anchor.hasAttribute("download") || anchor.origin !== window.location.origin) return;
      event.preventDefault();
      void navigate(anchor.pathname + anchor.search + anchor.hash);
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [navigate]);
  return ref;
}
