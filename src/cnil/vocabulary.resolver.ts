import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { VOCABULARY_LISTS, VOCABULARY_VERSIONS, type VocabularyOrigin, type VocabularyStatus } from './vocabulary';

const VOCABULARY_ORIGIN = codeEnum('VocabularyOrigin', 'Where an answer list comes from.', {
  CNIL_FORM: 'A list of the CNIL téléservice.',
  GATEWAY: 'A list of the gateway itself, not the CNIL’s.',
} satisfies Record<VocabularyOrigin, string>);

const VOCABULARY_STATUS = codeEnum('VocabularyStatus', 'What the version of an answer list rests on (see docs/vocabulary.md).', {
  RECONSTITUTED: 'Rebuilt from secondary sources: no dated capture of the téléservice confirms it.',
  CONFIRMED: 'Confirmed by a dated capture of the téléservice.',
  GATEWAY: 'The gateway’s own list.',
} satisfies Record<VocabularyStatus, string>);

@ObjectType({ description: 'One answer of a CNIL list: the enum code and its French label.' })
export class VocabularyEntry {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType({
  description: 'An answer list, named like the GraphQL enum that carries its codes: a list of the CNIL form, or one of the gateway.',
})
export class VocabularyList {
  @Field() name!: string;
  @Field() title!: string;
  @Field() version!: string;
  @Field(() => VOCABULARY_ORIGIN) origin!: VocabularyOrigin;
  @Field(() => VOCABULARY_STATUS) status!: VocabularyStatus;
  @Field({ description: 'The same, in French, as the documents print it.' }) statusDescription!: string;
  @Field(() => String, { nullable: true, description: 'The date of the téléservice capture that confirmed the list (YYYY-MM-DD).' })
  capturedOn!: string | null;
  @Field(() => [VocabularyEntry]) entries!: VocabularyEntry[];
}

@Resolver()
export class VocabularyResolver {
  @Query(() => [VocabularyList], { description: 'The answer lists with their French labels and provenance, all or the one named.' })
  vocabulary(@Arg('name', () => String, { nullable: true }) name?: string): VocabularyList[] {
    return VOCABULARY_LISTS.filter((list) => !name || list.name === name).map((list) => {
      const info = VOCABULARY_VERSIONS[list.version]!;
      return {
        name: list.name,
        title: list.title,
        version: list.version,
        origin: list.origin,
        status: info.status,
        statusDescription: info.description,
        capturedOn: info.capturedOn,
        entries: Object.entries(list.labels).map(([code, label]) => ({ code, label })),
      };
    });
  }
}
