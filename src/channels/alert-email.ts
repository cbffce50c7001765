import { createTransport, type Transporter } from 'nodemailer';
import type { EmailConfig } from '../config/config';
import type { DeadlineAlertPayload } from '../notifications/notification-events';

/** The threshold in words, as the e-mail says it. */
const THRESHOLD_WORDS: Record<string, string> = {
  PT24H: 'dans 24 heures',
  PT6H: 'dans 6 heures',
  PT1H: 'dans 1 heure',
  PT0S: 'échéance atteinte',
  OVERDUE: 'en retard',
};

/** « 5 février 2024 à 12:00 »: the due instant as read in Paris, whatever the server's zone. */
const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

export interface AlertEmail {
  subject: string;
  text: string;
}

/**
 * The e-mail of one deadline alert, in French: the duty's label, the due instant in Paris time,
 * the threshold in words and a link to the incident on the dashboard. Built from the payload alone,
 * which carries identifiers, instants and labels, never anything about a person.
 */
export function alertEmail(alert: DeadlineAlertPayload, dashboardUrl: string): AlertEmail {
  const words = THRESHOLD_WORDS[alert.threshold] ?? alert.threshold;
  const due = PARIS.format(new Date(alert.dueAt));
  const link = `${dashboardUrl}/incidents/${encodeURIComponent(alert.incidentId)}?exposure=${encodeURIComponent(alert.exposureId)}`;
  const when = alert.threshold === 'OVERDUE' ? `était due le ${due} (heure de Paris)` : `est due le ${due} (heure de Paris)`;
  return {
    subject: `[Échéance ${words}] ${alert.label}`,
    text: [
      `Échéance ${words} : ${alert.label}`,
      '',
      `Cette obligation (${alert.authority}) ${when}.`,
      `Incident : ${alert.incidentId}`,
      '',
      `Voir le dossier sur le tableau de bord : ${link}`,
      '',
      '— breach-gateway (message automatique ; ne pas répondre)',
    ].join('\n'),
  };
}

/** The SMTP transport of the configured server. */
export function mailTransport(config: EmailConfig): Transporter {
  return createTransport(config.smtpUrl);
}
