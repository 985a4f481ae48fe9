import { useFixedT } from "../../../shared/use-fixed-t.ts";

/** A check-in link that expired, does not work, or belongs to a partnership that ended. */
export function CheckInClosed({ state }: { state: "expired" | "invalid" | "ended" }) {
  const t = useFixedT("checkins");
  return (
    <div className="narrow">
      <title>{t(`page.${state}.title`)}</title>
      <h1>{t(`page.${state}.title`)}</h1>
      <p>{t(`page.${state}.body`)}</p>
      {state !== "ended" && (
        <p>
          <a className="button" href="/sign-in?next=%2Faccount">
            {t(`page.${state}.signIn`)}
          </a>
        </p>
      )}
    </div>
  );
}
