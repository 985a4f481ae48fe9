import { useFixedT } from "../../shared/use-fixed-t.ts";

/** Where a network meets, in words: "Manchester, North West, United Kingdom · online". */
export function NetworkPlace(props: {
  country: string;
  region: string;
  city: string;
  online: boolean;
  countryNames: Record<string, string>;
}) {
  const t = useFixedT("networks");
  const place = [props.city, props.region, props.countryNames[props.country] ?? ""]
    .filter(Boolean)
    .join(", ");
  const parts = [place, props.online ? t("place.online") : ""].filter(Boolean);
  return <>{parts.length ? parts.join(" · ") : t("place.international")}</>;
}
