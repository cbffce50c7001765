import { inSequence } from '../lib/in-sequence';
import type { EntityManager } from '@mikro-orm/core';
import type { PersonsInformationState } from './persons-information';
import { PersonsCommunication, PersonsInformationChoice, PersonsInformationDecision } from './persons-information.entities';

/** An exposure's art. 34 file: its decisions (newest first, the first is current) and communications (oldest first). */
export interface PersonsInformation {
  exposureId: string;
  decision: PersonsInformationDecision | null;
  history: PersonsInformationDecision[];
  communications: PersonsCommunication[];
}

/**
 * The art. 34 files of the exposures, without scope: the caller has scoped the exposures (the
 * register, the situation). One query per kind, whatever the number of exposures.
 */
export async function personsInformationOf(em: EntityManager, exposureIds: readonly string[]): Promise<Map<string, PersonsInformation>> {
  const ids = [...new Set(exposureIds)];
  const [decisions, communications] = ids.length
    ? await inSequence([
        () => em.find(PersonsInformationDecision, { exposure: { $in: ids } }, { orderBy: { decidedAt: 'desc', id: 'desc' } }),
        () => em.find(PersonsCommunication, { exposure: { $in: ids } }, { orderBy: { sentAt: 'asc', id: 'asc' } }),
      ])
    : [[], []];
  return new Map(
    ids.map((id) => {
      const history = decisions.filter((d) => d.exposure.id === id);
      return [
        id,
        { exposureId: id, decision: history[0] ?? null, history, communications: communications.filter((c) => c.exposure.id === id) },
      ];
    }),
  );
}

/** What the obligation reads of an art. 34 file: the current decision, and the first sending after a decision to inform. */
export function personsInformationState(file: PersonsInformation | undefined): PersonsInformationState | null {
  const current = file?.decision;
  if (!current) return null;
  const first = current.decision === PersonsInformationChoice.INFORM ? file.communications.find((c) => !c.isReminder) : undefined;
  return {
    decision: current.decision,
    ground: current.ground ?? null,
    decidedAt: current.decidedAt,
    decidedBy: current.decidedBy,
    dueAt: current.communicationDueAt ?? null,
    targetDays: current.targetDays ?? null,
    publicCommunication:
      current.publicCommunicationAt && current.publicCommunicationChannel && current.publicCommunicationReference
        ? {
            at: current.publicCommunicationAt,
            channel: current.publicCommunicationChannel,
            reference: current.publicCommunicationReference,
          }
        : null,
    firstCommunicationAt: first?.sentAt ?? null,
  };
}
