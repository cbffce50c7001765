import type { FilterQuery } from '@mikro-orm/core';
import { codeEnum } from '../lib/code-enum';
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { downloadLink, type DownloadLinkContext } from '../documents/download-link';
import type { RequestContext } from '../auth/context';
import type { Exposure } from '../incidents/exposure.entity';
import {
  type Connection,
  connectionType,
  memoryPage,
  type Order,
  orderByInput,
  PageArgs,
  SortDirection,
  type SortKey,
} from '../lib/connection';
import { checkFilterIds } from '../lib/id-filter';
import { REGISTER_DECISION, type RegisterDecision, RegisterEntry, registerEntries } from './register';

export const RegisterOrderField = codeEnum(
  'RegisterOrderField',
  'What the register is sorted by; entries without the date come last in ASC, first in DESC.',
  {
    RECORDED_AT: 'When the exposure was recorded in the gateway.',
    DETECTED_AT: 'When the breach was detected.',
    AWARE_AT: 'When the controller became aware of it.',
    NOTIFIED_AT: 'When it was first filed with the CNIL.',
  },
);
export type RegisterOrderField = keyof typeof RegisterOrderField;

const RegisterOrder = orderByInput('RegisterOrder', RegisterOrderField, 'How to sort the register (default RECORDED_AT ASC).');
type RegisterOrder = InstanceType<typeof RegisterOrder>;

@InputType({ description: 'Narrows the register; every given criterion must hold.' })
class RegisterFilter {
  @Field(() => ID, { nullable: true, description: 'Entries of this incident.' }) incidentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Entries of this controller.' }) controllerId?: string | null;
  @Field(() => [REGISTER_DECISION], { nullable: true, description: 'Any of these decisions.' })
  decision?: RegisterDecision[] | null;
}

const KEYS: Record<RegisterOrderField, SortKey<RegisterEntry>> = {
  RECORDED_AT: { field: 'RECORDED_AT', kind: 'date', value: (e) => e.recordedAt },
  DETECTED_AT: { field: 'DETECTED_AT', kind: 'date', value: (e) => e.detectedAt },
  AWARE_AT: { field: 'AWARE_AT', kind: 'date', value: (e) => e.awareAt },
  NOTIFIED_AT: { field: 'NOTIFIED_AT', kind: 'date', value: (e) => e.notifiedAt },
};

const RegisterEntryConnection = connectionType(RegisterEntry);

@ObjectType({ description: 'Signed links to the register’s files: valid a few minutes, for this viewer, no Authorization header needed.' })
class RegisterDownloads {
  @Field({ description: 'The full register as CSV (GET /register.csv).' }) csvUrl!: string;
  @Field({ description: "Its filings in the CNIL's open-data schema as CSV (GET /register-cnil-open-data.csv)." }) openDataCsvUrl!: string;
  @Field({ description: 'The register as a dated audit document, PDF/A-3b (GET /register.pdf).' }) pdfUrl!: string;
}

@Resolver(() => RegisterEntry)
export class RegisterResolver {
  /**
   * Entries are computed from facts, decisions and filings, not stored: until they are, a page is
   * cut honestly in memory. The scoped exposures are fetched and their entries built with a constant
   * number of batched statements, then filtered, sorted with the exposure id as tie-breaker and cut
   * with the same cursors as the SQL keyset lists.
   */
  @Query(() => RegisterEntryConnection, {
    description: 'The register of breaches (art. 33(5)) over the exposures the viewer may see, a page at a time.',
  })
  async register(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RegisterFilter, { nullable: true, description: 'Only the entries matching it.' }) filter: RegisterFilter | null,
    @Arg('orderBy', () => RegisterOrder, { nullable: true, description: 'Sort key and direction; the exposure id breaks ties.' })
    orderBy: RegisterOrder | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Connection<RegisterEntry>> {
    const f = filter ?? {};
    checkFilterIds(f);
    const narrowed: FilterQuery<Exposure>[] = [];
    if (f.controllerId) narrowed.push({ controller: f.controllerId });
    if (f.incidentId) narrowed.push({ incident: f.incidentId });
    const decisions: readonly RegisterDecision[] | undefined = f.decision?.length ? f.decision : undefined;
    const entries = (await registerEntries(ctx, narrowed)).filter((e) => !decisions || decisions.includes(e.decision));
    const order: Order<RegisterEntry> = {
      key: KEYS[orderBy?.field ?? RegisterOrderField.RECORDED_AT],
      direction: orderBy?.direction ?? SortDirection.ASC,
    };
    return memoryPage(entries, page, order, (e) => e.exposureId);
  }

  @Query(() => RegisterDownloads, {
    description:
      'Signed links to download the register a browser can follow; the download checks the viewer’s scope and records it as theirs.',
  })
  registerDownloads(@Ctx() ctx: DownloadLinkContext): RegisterDownloads {
    return {
      csvUrl: downloadLink(ctx, '/register.csv'),
      openDataCsvUrl: downloadLink(ctx, '/register-cnil-open-data.csv'),
      pdfUrl: downloadLink(ctx, '/register.pdf'),
    };
  }
}
