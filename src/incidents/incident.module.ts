import { Exposure } from './exposure.entity';
import { ExposureResolver } from './exposure.resolver';
import { Incident } from './incident.entity';
import { IncidentResolver } from './incident.resolver';

export const incidentModule = { entities: [Incident, Exposure], resolvers: [IncidentResolver, ExposureResolver] } as const;
