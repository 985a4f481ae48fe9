import { useEffect, useRef } from "react";

/**
 * With scripts a refused post does not reload the page: focus (and so the view) stays on the
 * button at the bottom while the problems are listed at the top. Move focus to the list of
 * problems inside the returned ref's element whenever new errors come, as the application
 * form does; its links lead on to each field.
 */
export function useFocusErrorSummary<T extends HTMLElement>(errors: unknown) {
  const container = useRef<T>(null);
  useEffect(() => {
    if (errors) container.current?.querySelector<HTMLElement>(".error-summary")?.focus();
  }, [errors]);
  return container;
}
