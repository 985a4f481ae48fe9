import commonEn from "../locales/en/common.json";
import commonEs from "../locales/es/common.json";
import commonFr from "../locales/fr/common.json";
import vocabularyEn from "../locales/en/vocabulary.json";
import vocabularyEs from "../locales/es/vocabulary.json";
import vocabularyFr from "../locales/fr/vocabulary.json";
import emailEn from "../locales/en/email.json";
import emailEs from "../locales/es/email.json";
import emailFr from "../locales/fr/email.json";
import applicationsEn from "../locales/en/applications.json";
import applicationsEs from "../locales/es/applications.json";
import applicationsFr from "../locales/fr/applications.json";
import programmesEn from "../locales/en/programmes.json";
import programmesEs from "../locales/es/programmes.json";
import programmesFr from "../locales/fr/programmes.json";
import roundsEn from "../locales/en/rounds.json";
import roundsEs from "../locales/es/rounds.json";
import roundsFr from "../locales/fr/rounds.json";
import matchingEn from "../locales/en/matching.json";
import matchingEs from "../locales/es/matching.json";
import matchingFr from "../locales/fr/matching.json";
import topicsEn from "../locales/en/topics.json";
import topicsEs from "../locales/es/topics.json";
import topicsFr from "../locales/fr/topics.json";
import partnershipsEn from "../locales/en/partnerships.json";
import partnershipsEs from "../locales/es/partnerships.json";
import partnershipsFr from "../locales/fr/partnerships.json";
import checkinsEn from "../locales/en/checkins.json";
import checkinsEs from "../locales/es/checkins.json";
import checkinsFr from "../locales/fr/checkins.json";
import sessionsEn from "../locales/en/sessions.json";
import sessionsEs from "../locales/es/sessions.json";
import sessionsFr from "../locales/fr/sessions.json";
import roundlifeEn from "../locales/en/roundlife.json";
import roundlifeEs from "../locales/es/roundlife.json";
import roundlifeFr from "../locales/fr/roundlife.json";
import reportsEn from "../locales/en/reports.json";
import reportsEs from "../locales/es/reports.json";
import reportsFr from "../locales/fr/reports.json";
import surveysEn from "../locales/en/surveys.json";
import networksEn from "../locales/en/networks.json";
import eventsEn from "../locales/en/events.json";
import newsEn from "../locales/en/news.json";
import privacyEn from "../locales/en/privacy.json";
import guidesEn from "../locales/en/guides.json";
import opportunitiesEn from "../locales/en/opportunities.json";
import surveysEs from "../locales/es/surveys.json";
import networksEs from "../locales/es/networks.json";
import eventsEs from "../locales/es/events.json";
import newsEs from "../locales/es/news.json";
import privacyEs from "../locales/es/privacy.json";
import guidesEs from "../locales/es/guides.json";
import opportunitiesEs from "../locales/es/opportunities.json";
import surveysFr from "../locales/fr/surveys.json";
import networksFr from "../locales/fr/networks.json";
import eventsFr from "../locales/fr/events.json";
import newsFr from "../locales/fr/news.json";
import privacyFr from "../locales/fr/privacy.json";
import guidesFr from "../locales/fr/guides.json";
import opportunitiesFr from "../locales/fr/opportunities.json";
import spotlightsEn from "../locales/en/spotlights.json";
import spotlightsEs from "../locales/es/spotlights.json";
import spotlightsFr from "../locales/fr/spotlights.json";
import profilesEn from "../locales/en/profiles.json";
import profilesEs from "../locales/es/profiles.json";
import profilesFr from "../locales/fr/profiles.json";
import ssoEn from "../locales/en/sso.json";
import ssoEs from "../locales/es/sso.json";
import ssoFr from "../locales/fr/sso.json";
import helpEn from "../locales/en/help.json";
import helpEs from "../locales/es/help.json";
import helpFr from "../locales/fr/help.json";

// One namespace per feature (accounts, errors and the layout share "common"; the mail
// feature's texts, emails and the development mailbox, are "email"). Every namespace exists
// in every locale (locale-parity.test.ts checks the keys); i18next still falls back to
// English for a key that is missing.
export const resources = {
  en: {
    common: commonEn,
    vocabulary: vocabularyEn,
    email: emailEn,
    applications: applicationsEn,
    programmes: programmesEn,
    rounds: roundsEn,
    matching: matchingEn,
    topics: topicsEn,
    partnerships: partnershipsEn,
    checkins: checkinsEn,
    sessions: sessionsEn,
    roundlife: roundlifeEn,
    reports: reportsEn,
    surveys: surveysEn,
    networks: networksEn,
    events: eventsEn,
    news: newsEn,
    privacy: privacyEn,
    guides: guidesEn,
    opportunities: opportunitiesEn,
    spotlights: spotlightsEn,
    profiles: profilesEn,
    sso: ssoEn,
    help: helpEn,
  },
  es: {
    common: commonEs,
    vocabulary: vocabularyEs,
    email: emailEs,
    applications: applicationsEs,
    programmes: programmesEs,
    rounds: roundsEs,
    matching: matchingEs,
    topics: topicsEs,
    partnerships: partnershipsEs,
    checkins: checkinsEs,
    sessions: sessionsEs,
    roundlife: roundlifeEs,
    reports: reportsEs,
    surveys: surveysEs,
    networks: networksEs,
    events: eventsEs,
    news: newsEs,
    privacy: privacyEs,
    guides: guidesEs,
    opportunities: opportunitiesEs,
    spotlights: spotlightsEs,
    profiles: profilesEs,
    sso: ssoEs,
    help: helpEs,
  },
  fr: {
    common: commonFr,
    vocabulary: vocabularyFr,
    email: emailFr,
    applications: applicationsFr,
    programmes: programmesFr,
    rounds: roundsFr,
    matching: matchingFr,
    topics: topicsFr,
    partnerships: partnershipsFr,
    checkins: checkinsFr,
    sessions: sessionsFr,
    roundlife: roundlifeFr,
    reports: reportsFr,
    surveys: surveysFr,
    networks: networksFr,
    events: eventsFr,
    news: newsFr,
    privacy: privacyFr,
    guides: guidesFr,
    opportunities: opportunitiesFr,
    spotlights: spotlightsFr,
    profiles: profilesFr,
    sso: ssoFr,
    help: helpFr,
  },
} as const;

export const NAMESPACES = [
  "common",
  "vocabulary",
  "email",
  "applications",
  "programmes",
  "rounds",
  "matching",
  "topics",
  "partnerships",
  "checkins",
  "sessions",
  "roundlife",
  "reports",
  "surveys",
  "networks",
  "events",
  "news",
  "privacy",
  "guides",
  "opportunities",
  "spotlights",
  "profiles",
  "sso",
  "help",
] as const;
