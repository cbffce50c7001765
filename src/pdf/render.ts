import type { CnilNotificationContent, FilingArchiveNote } from '../content/notification-content';
import type { InternalDossierContent } from '../content/internal-dossier-content';
import type { PersonsLetterContent } from '../content/letter-content';
import type { RegisterContent } from '../content/register-content';
import { renderFiling } from './filing';
import { renderInternalDossier } from './internal-dossier';
import { renderLetter } from './letter';
import { renderRegister } from './register';
import type { RenderedPdf } from './pdf-document';

/** What a render thread is asked to draw: a filing copy, a letter, an internal dossier or the register, from its content alone. */
export type RenderJob =
  | { kind: 'FILING'; content: CnilNotificationContent; archive?: FilingArchiveNote | null }
  | { kind: 'LETTER'; content: PersonsLetterContent }
  | { kind: 'DOSSIER'; content: InternalDossierContent }
  | { kind: 'REGISTER'; content: RegisterContent };

/** The render itself, on the calling thread: what a worker runs, and what the CLI and tests call. */
export function renderJob(job: RenderJob): Promise<RenderedPdf> {
  switch (job.kind) {
    case 'FILING':
      return renderFiling(job.content, job.archive ?? null);
    case 'LETTER':
      return renderLetter(job.content);
    case 'REGISTER':
      return renderRegister(job.content);
    case 'DOSSIER':
      return renderInternalDossier(job.content);
  }
}
