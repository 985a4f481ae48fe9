import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { DaySectionPage } from "../../../../use-cases/rounds/facilitator-day-sections.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { dashboardHref, emailHref, followUpHref, sessionsHref } from "./day-links.ts";
import { NameList } from "./name-list.tsx";
import { useShownName } from "../../privacy/shown-name.ts";

/** The items of one section of the facilitator's day, each linking to where it is handled. */
export function DayItems({ section, devMail }: { section: DaySectionPage; devMail: boolean }) {
  const t = useFixedT("roundlife");
  const shown = useShownName();
  const round = (name: string) => (
    <span>
      {t("today.round")}: <bdi>{name}</bdi>
    </span>
  );
  switch (section.section) {
    case "problems":
    case "followUps": {
      const since = section.section === "problems" ? t("today.reported") : t("today.listedSince");
      return (
        <ul className="day-items">
          {section.page.items.map((item) => (
            <li key={item.followUpId}>
              <Link to={followUpHref(item.roundId, item.partnershipId)}>
                <NameList names={item.members} />
              </Link>
              <span className="day-items__meta">
                {round(item.roundName)}
                <span>
                  {since}: <DateTime value={item.openedAt} />
                </span>
              </span>
            </li>
          ))}
        </ul>
      );
    }
    case "agreements":
      return (
        <ul className="day-items">
          {section.page.items.map((item) => (
            <li key={item.partnershipId}>
              <Link to={dashboardHref(item.roundId)}>
                <NameList names={item.members.map((m) => shown(m.name))} />
              </Link>
              <span className="day-items__meta">
                {round(item.roundName)}
                <span>
                  {t("today.paired")}: <DateTime value={item.createdAt} dateOnly />
                </span>
                <span>
                  {t("today.notConfirmed")}{" "}
                  <NameList
                    names={item.members.filter((m) => !m.confirmed).map((m) => shown(m.name))}
                  />
                </span>
              </span>
            </li>
          ))}
        </ul>
      );
    case "sessions":
      return (
        <ul className="day-items">
          {section.page.items.map((item) => (
            <li key={item.sessionId}>
              <Link to={sessionsHref(item.roundId)}>
                <bdi>{item.title}</bdi>
              </Link>
              <span className="day-items__meta">
                {round(item.roundName)}
                <DateTime value={item.startsAt} />
                <span>{t("today.attending", { count: item.attending })}</span>
              </span>
            </li>
          ))}
        </ul>
      );
    case "emails":
      return (
        <ul className="day-items">
          {section.page.items.map((item) => (
            <li key={item.emailId}>
              <Link to={emailHref(item, devMail)}>
                <bdi>{item.subject}</bdi>
              </Link>
              <span className="day-items__meta">
                <span className="badge">{t(`today.status.${item.status}`)}</span>
                <span>
                  {t("today.to")} <bdi>{item.applicantName}</bdi>
                </span>
                <DateTime value={item.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      );
  }
}
