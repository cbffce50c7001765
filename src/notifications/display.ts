import { DISPLAY_TIME_ZONE } from '../cnil/form';

/** How instants read in French documents: the law counts in UTC, people read Paris time. */
const paris = new Intl.DateTimeFormat('fr-FR', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "01/02/2024 14:00 (heure de Paris)". */
export function displayInstant(instant: Date): string {
  return `${paris.format(instant).replace(',', '')} (heure de Paris)`;
}
