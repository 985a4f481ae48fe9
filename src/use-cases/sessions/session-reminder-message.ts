/** The reminder a participant gets the day before a group session (src/mail renders it). */
export interface SessionReminderMessage {
  kind: "session-reminder";
  recipientName: string;
  roundName: string;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  /** The recipient's zone (from their application): the time is shown on their clock. */
  timeZone: string;
  onlineUrl: string;
  place: string;
  /** The round's sessions page, where they answer whether they come. */
  sessionsUrl: string;
}
