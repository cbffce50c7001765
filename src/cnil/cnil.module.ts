import { VocabularyResolver } from './vocabulary.resolver';

export const cnilModule = { entities: [], resolvers: [VocabularyResolver] } as const;
