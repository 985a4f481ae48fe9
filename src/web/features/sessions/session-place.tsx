import { useFixedT } from "../../shared/use-fixed-t.ts";

/** Where a session happens: its online link, its place, or both. */
export function SessionPlace(props: { onlineUrl: string; place: string; title: string }) {
  const t = useFixedT("sessions");
  return (
    <>
      {props.onlineUrl && (
        <a href={props.onlineUrl} rel="noopener noreferrer">
          {t("where.join")}
          <span className="visually-hidden"> {props.title}</span>
        </a>
      )}
      {props.onlineUrl && props.place && <br />}
      {props.place && <span>{props.place}</span>}
    </>
  );
}
