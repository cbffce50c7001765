import { OutboxEvent } from './outbox.entity';

export const outboxModule = { entities: [OutboxEvent], resolvers: [] } as const;
