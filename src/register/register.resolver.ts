import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { downloadLink, type DownloadLinkContext } from '../documents/download-link';
import { RegisterEntry, registerEntries } from './register';

@ObjectType({ description: 'Signed links to the register’s files: valid a few minutes, for this viewer, no Authorization header needed.' })
class RegisterDownloads {
  @Field({ description: 'The full register as CSV (GET /register.csv).' }) csvUrl!: string;
  @Field({ description: "Its filings in the CNIL's open-data schema as CSV (GET /register-cnil-open-data.csv)." }) openDataCsvUrl!: string;
  @Field({ description: 'The register as a dated audit document, PDF/A-3b (GET /register.pdf).' }) pdfUrl!: string;
}

@Resolver(() => RegisterEntry)
export class RegisterResolver {
  @Query(() => [RegisterEntry], { description: 'The register of breaches (art. 33(5)) over the exposures the viewer may see.' })
  register(@Ctx() ctx: RequestContext): Promise<RegisterEntry[]> {
    return registerEntries(ctx);
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
