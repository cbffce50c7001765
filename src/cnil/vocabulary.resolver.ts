import { Arg, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { VOCABULARY_LISTS, VOCABULARY_VERSIONS, type VocabularyOrigin, type VocabularyStatus } from './vocabulary';
import { type Locale, vocabularyLabel, vocabularyTitle } from './vocabulary-en';
import { LocaleEnum } from './enums';

const VOCABULARY_ORIGIN = codeEnum('VocabularyOrigin', 'Where an answer list comes from.', {
  CNIL_FORM: 'A list of the CNIL téléservice.',
  GATEWAY: 'A list of the gateway itself, not the CNIL’s.',
} satisfies Record<VocabularyOrigin, string>);

const VOCABULARY_STATUS = codeEnum('VocabularyStatus', 'What the version of an answer list rests on (see docs/vocabulary.md).', {
  RECONSTITUTED: 'Rebuilt from secondary sources: no dated capture of the téléservice confirms it.',
  CONFIRMED: 'Confirmed by a dated capture of the téléservice.',
  GATEWAY: 'The gateway’s own list.',
} satisfies Record<VocabularyStatus, string>);

@ObjectType({ description: 'One answer of a CNIL list: the enum code and its label.' })
export class VocabularyEntry {
  @Field({ description: 'The code, a value of the GraphQL enum named like the list.' }) code!: string;
  /** The list the entry belongs to, for its label in another locale. */
  listName!: string;
}

@ObjectType({
  description: 'An answer list, named like the GraphQL enum that carries its codes: a list of the CNIL form, or one of the gateway.',
})
export class VocabularyList {
  @Field({ description: 'The list’s name, also the name of the GraphQL enum of its codes.' }) name!: string;
  @Field({ description: 'The version of the list the codes and labels belong to.' }) version!: string;
  @Field(() => VOCABULARY_ORIGIN, { description: 'Whether the list is the CNIL form’s or the gateway’s.' }) origin!: VocabularyOrigin;
  @Field(() => VOCABULARY_STATUS, { description: 'What this version of the list rests on.' }) status!: VocabularyStatus;
  @Field({ description: 'The same, in French, as the documents print it.' }) statusDescription!: string;
  @Field(() => String, { nullable: true, description: 'The date of the téléservice capture that confirmed the list (YYYY-MM-DD).' })
  capturedOn!: string | null;
  @Field(() => [VocabularyEntry], { description: 'The answers, in the list’s order.' }) entries!: VocabularyEntry[];
}

@Resolver()
export class VocabularyResolver {
  @Query(() => [VocabularyList], { description: 'The answer lists with their French labels and provenance, all or the one named.' })
  vocabulary(
    @Arg('name', () => String, { nullable: true, description: "The list's name (e.g. DataCategory); every list when omitted." })
    name?: string,
  ): VocabularyList[] {
    return VOCABULARY_LISTS.filter((list) => !name || list.name === name).map((list) => {
      const info = VOCABULARY_VERSIONS[list.version]!;
      return {
        name: list.name,
        version: list.version,
        origin: list.origin,
        status: info.status,
        statusDescription: info.description,
        capturedOn: info.capturedOn,
        entries: list.codes.map((code) => ({ code, listName: list.name })),
      };
    });
  }
}

@Resolver(() => VocabularyList)
export class VocabularyListResolver {
  @FieldResolver(() => String, { description: 'The form’s heading for the list (FR, the default) or its English translation (EN).' })
  title(
    @Root() list: VocabularyList,
    @Arg('locale', () => LocaleEnum, { defaultValue: 'FR', description: 'FR: the form’s French words; EN: the gateway’s translation.' })
    locale: Locale,
  ): string {
    return vocabularyTitle(list.name, locale);
  }
}

@Resolver(() => VocabularyEntry)
export class VocabularyEntryResolver {
  @FieldResolver(() => String, { description: 'The label as the form words it (FR, the default) or its English translation (EN).' })
  label(
    @Root() entry: VocabularyEntry,
    @Arg('locale', () => LocaleEnum, { defaultValue: 'FR', description: 'FR: the form’s French words; EN: the gateway’s translation.' })
    locale: Locale,
  ): string {
    return vocabularyLabel(entry.listName, entry.code, locale);
  }
}
