/** The door's part for this feature (see ../use-cases.ts). Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
import type { Bind } from "../use-cases.ts";
import { cancelEvent } from "./cancel-event.ts";
import { cancelEventRegistration } from "./cancel-event-registration.ts";
import { editEvent } from "./edit-event.ts";
import { findEventEmailAttachments } from "./find-event-email-attachments.ts";
import { getEventCalendar } from "./get-event-calendar.ts";
import { getEventForOrganiser, getEventPublisher } from "./get-event-for-organiser.ts";
import { getEventPage } from "./get-event-page.ts";
import { getPublisherCalendar } from "./get-publisher-calendar.ts";
import { listEventRegistrations } from "./list-event-registrations.ts";
import { listPublisherEvents } from "./list-publisher-events.ts";
import { listUpcomingEvents } from "./list-upcoming-events.ts";
import {
  createMyCalendarFeed,
  findMyCalendarFeed,
  getPersonalCalendar,
  revokeMyCalendarFeed,
} from "./personal-calendar.ts";
import { publishEvent } from "./publish-event.ts";
import { registerForEvent } from "./register-for-event.ts";
import { remindEventRegistrants } from "./remind-event-registrants.ts";

export const eventUseCases = (bind: Bind) => ({
  // organisers of a network, facilitators of a programme
  getEventPublisher: bind(getEventPublisher),
  publishEvent: bind(publishEvent),
  getEventForOrganiser: bind(getEventForOrganiser),
  editEvent: bind(editEvent),
  cancelEvent: bind(cancelEvent),
  listEventRegistrations: bind(listEventRegistrations),
  // everyone
  listUpcomingEvents: bind(listUpcomingEvents),
  listPublisherEvents: bind(listPublisherEvents),
  getEventPage: bind(getEventPage),
  getEventCalendar: bind(getEventCalendar),
  getPublisherCalendar: bind(getPublisherCalendar),
  // members
  registerForEvent: bind(registerForEvent),
  cancelEventRegistration: bind(cancelEventRegistration),
  findMyCalendarFeed: bind(findMyCalendarFeed),
  createMyCalendarFeed: bind(createMyCalendarFeed),
  revokeMyCalendarFeed: bind(revokeMyCalendarFeed),
  // calendar apps (the personal address is the key)
  getPersonalCalendar: bind(getPersonalCalendar),
  // mail delivery: the .ics sent with a registration's confirmation
  findEventEmailAttachments: bind(findEventEmailAttachments),
  // the scheduled job "events.remind"
  remindEventRegistrants: bind(remindEventRegistrants),
});
