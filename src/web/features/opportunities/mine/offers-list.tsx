import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { MentoringOfferWithPeople } from "../../../../use-cases/opportunities/opportunity-ports.ts";

export interface OfferItem {
  id: string;
  /** The other person: the mentor for a mentee, the mentee for a mentor. */
  otherName: string;
  status: MentoringOfferWithPeople["status"];
}

export function toOfferItem(offer: MentoringOfferWithPeople, side: "mentor" | "mentee"): OfferItem {
  return {
    id: offer.id,
    otherName: side === "mentee" ? offer.mentor.name : offer.mentee.name,
    status: offer.status,
  };
}

/** A member's mentoring offers (made or received), with their status. */
export function OffersList(props: { offers: OfferItem[]; empty: string }) {
  const t = useFixedT("opportunities");
  if (props.offers.length === 0) return <p className="empty">{props.empty}</p>;
  return (
    <ul>
      {props.offers.map((o) => (
        <li key={o.id}>
          <Link to={`/opportunities/offers/${o.id}`}>
            <bdi>{o.otherName}</bdi>
          </Link>{" "}
          <span className="muted">— {t(`offerStatus.${o.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
