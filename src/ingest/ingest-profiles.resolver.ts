import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { BUILT_IN_PROFILES } from './profiles';

@ObjectType({ description: 'A built-in source profile: the file layout POST /ingest/subjects reads when named in `profile`.' })
export class IngestProfile {
  @Field({ description: 'The name to pass as `profile` (e.g. operator-a-csv).' }) name!: string;
  @Field({ description: 'Whose export it reads and how, in a sentence.' }) description!: string;
  @Field({ description: 'csv or jsonl.' }) format!: string;
  @Field({ description: 'utf-8 or windows-1252.' }) encoding!: string;
  @Field({ description: 'The dates as the file writes them: dd/mm/yyyy or yyyy-mm-dd.' }) dateFormat!: string;
}

/**
 * The profiles the upload route accepts, from the same table it checks against: a client offers
 * these rather than a copy that would drift. Custom profile files are the CLI's only (a remote
 * caller must not name a file on the server's disk), so they are not listed.
 */
@Resolver()
export class IngestProfilesResolver {
  @Query(() => [IngestProfile], { description: 'The built-in source profiles POST /ingest/subjects accepts, by name.' })
  ingestProfiles(): IngestProfile[] {
    return Object.values(BUILT_IN_PROFILES).map(({ name, description, format, encoding, dateFormat }) => ({
      name,
      description,
      format,
      encoding,
      dateFormat,
    }));
  }
}
