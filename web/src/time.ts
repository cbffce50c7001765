import { useEffect, useState } from 'preact/hooks';

/** Deadlines are legal instants in UTC, read by French users in Paris time whatever their device says. */
const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'medium' });

export function parisTime(iso: string): string {
  return `${PARIS.format(new Date(iso))} (heure de Paris)`;
}

/** The current instant, re-rendered every second: what makes a countdown tick. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** « dans 2 j 03 h 04 min 05 s » or « en retard de … »: the time left to a due instant, to the second. */
export function countdown(dueIso: string, now: number): { overdue: boolean; text: string } {
  const ms = new Date(dueIso).getTime() - now;
  const overdue = ms < 0;
  let seconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const span = `${days} j ${pad(hours)} h ${pad(minutes)} min ${pad(seconds)} s`;
  return { overdue, text: overdue ? `en retard de ${span}` : `dans ${span}` };
}
