import { VocabularyEntryResolver, VocabularyListResolver, VocabularyResolver } from './vocabulary.resolver';

export const cnilModule = { entities: [], resolvers: [VocabularyResolver, VocabularyListResolver, VocabularyEntryResolver] } as const;
