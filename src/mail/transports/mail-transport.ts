/** Delivers one rendered email; throws when delivery failed (the worker retries). */
export interface MailTransport {
  name: string;
  send(email: {
    from: string;
    to: string;
    toName: string;
    subject: string;
    text: string;
    html: string;
    /** Stable id so a receiving system can spot a duplicate. */
    messageId: string;
  }): Promise<{ messageId: string | null }>;
  close(): void;
}
