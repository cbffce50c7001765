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

const regions = new Intl.DisplayNames(['fr'], { type: 'region' });

/**
 * « France » for the ISO 3166 code « FR » that organisations are recorded with: a document for the
 * CNIL reads the country's name, not a code (legal review L3). Anything else is shown as recorded.
 */
export function displayCountry(code: string | null | undefined): string | null {
  if (!code) return null;
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return regions.of(code) ?? code;
}
