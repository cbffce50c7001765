import type { CnilNotificationContent } from '../content/notification-content';
import type { PersonsLetterContent } from '../content/letter-content';
import { renderFiling } from './filing';
import { renderLetter } from './letter';
import type { RenderedPdf } from './pdf-document';

/** What a render thread is asked to draw: a filing or a letter, from its content alone. */
export type RenderJob = { kind: 'FILING'; content: CnilNotificationContent } | { kind: 'LETTER'; content: PersonsLetterContent };

/** The render itself, on the calling thread: what a worker runs, and what the CLI and tests call. */
export function renderJob(job: RenderJob): Promise<RenderedPdf> {
  return job.kind === 'FILING' ? renderFiling(job.content) : renderLetter(job.content);
}
