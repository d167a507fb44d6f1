/** A plain-text message to one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail on behalf of the coalition in context. `DevelopmentMailer` records it; `SmtpMailer`
 * sends it when `SMTP_URL` is set.
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
