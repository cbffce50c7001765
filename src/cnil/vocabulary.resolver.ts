import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { VOCABULARY_LISTS, VOCABULARY_VERSION } from './vocabulary';

@ObjectType({ description: 'One answer of a CNIL list: the enum code and its French label.' })
export class VocabularyEntry {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType({ description: 'A CNIL answer list, named like the GraphQL enum that carries its codes.' })
export class VocabularyList {
  @Field() name!: string;
  @Field() title!: string;
  @Field() version!: string;
  @Field(() => [VocabularyEntry]) entries!: VocabularyEntry[];
}

@Resolver()
export class VocabularyResolver {
  @Query(() => [VocabularyList], { description: 'The CNIL answer lists with their French labels, all or the one named.' })
  vocabulary(@Arg('name', () => String, { nullable: true }) name?: string): VocabularyList[] {
    return VOCABULARY_LISTS.filter((list) => !name || list.name === name).map((list) => ({
      name: list.name,
      title: list.title,
      version: VOCABULARY_VERSION,
      entries: Object.entries(list.labels).map(([code, label]) => ({ code, label })),
    }));
  }
}
