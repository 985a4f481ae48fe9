import { useTranslation } from "react-i18next";
import { countryName } from "../../../domain/vocabulary/countries.ts";

/** Where an event meets: its place, "online", or both. */
export function EventPlace(props: {
  venue: string;
  city: string;
  country: string;
  online: boolean;
}) {
  const { t, i18n } = useTranslation("events");
  const place = [
    props.venue,
    props.city,
    props.country && countryName(props.country, i18n.language),
  ]
    .filter(Boolean)
    .join(", ");
  if (place && props.online) return <>{t("place.both", { place })}</>;
  return <>{place || t("place.online")}</>;
}
