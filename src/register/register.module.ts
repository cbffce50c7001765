import { RegisterExport } from './register-export.entity';
import { RegisterResolver } from './register.resolver';

export const registerModule = { entities: [RegisterExport], resolvers: [RegisterResolver] } as const;
