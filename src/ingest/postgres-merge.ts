import type { BatchIdentity } from './bulk-writer';

/**
 * Counts what is in `staging` and adds it to the listings, in one PostgreSQL statement per chunk.
 *
 * Each (person, controller) of the chunk is probed once by subject, the listing key's prefix: the
 * few listings the person already has tell whether they are new to the listing, the exposure, the
 * controller, the incident and the gateway. A person already listed here is in every wider scope
 * too, so only new listings are inserted. The probe sees the listings as they were before this
 * statement (its sub-statements share one snapshot), so two controllers of one new person in the
 * same chunk are both new to their controllers, and the person once new to the incident and gateway.
 *
 * Why one statement: the insert pulls each person's probe just before inserting them, in subject
 * order, so the index page the probe read is still in memory when the insert writes it. The
 * counters' query starts only once the insert is done, through the one-time filter on its row count.
 *
 * Parameters: $1 incident id, $2 source id, $3 the LISTING key prefix, $4 its suffix, $5 the
 * EXPOSURE key prefix, $6 the INCIDENT key.
 */
const MERGE_CHUNK = `
with persons as (
  select subject, controller_id, max(minor::int) as minor, count(*) as records
  from staging group by subject, controller_id order by subject
),
probed as materialized (
  select p.subject, p.controller_id, p.minor, p.records, 1 - l.listing as new_listing, 1 - l.exposure as new_exposure,
    1 - l.controller as new_controller, l.incident, l.listed
  from persons p cross join lateral (
    select coalesce(max(case when incident_id = $1::uuid and controller_id = p.controller_id and source_id = $2::uuid then 1 end), 0) as listing,
      coalesce(max(case when incident_id = $1::uuid and controller_id = p.controller_id then 1 end), 0) as exposure,
      coalesce(max(case when controller_id = p.controller_id then 1 end), 0) as controller,
      coalesce(max(case when incident_id = $1::uuid then 1 end), 0) as incident,
      coalesce(max(1), 0) as listed
    from subject_listing where subject = p.subject
  ) l
),
inserted as (
  insert into subject_listing (subject, incident_id, controller_id, source_id)
  select subject, $1::uuid, controller_id, $2::uuid from probed where new_listing = 1
  returning 1
),
subjects as (
  select max(minor) as minor, sum(records) as records, 1 - max(incident) as new_incident, 1 - max(listed) as new_global
  from probed group by subject
),
counts (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors) as (
  select $3 || controller_id || $4, 'LISTING', $1::uuid, controller_id, $2::uuid, sum(new_listing), sum(records), sum(new_listing * minor)
  from probed group by controller_id
  union all
  select $5 || controller_id || ':', 'EXPOSURE', $1::uuid, controller_id, null, sum(new_exposure), sum(records), sum(new_exposure * minor)
  from probed group by controller_id
  union all
  select 'CONTROLLER::' || controller_id || ':', 'CONTROLLER', null, controller_id, null, sum(new_controller), sum(records), sum(new_controller * minor)
  from probed group by controller_id
  union all
  select $6, 'INCIDENT', $1::uuid, null, null, sum(new_incident), sum(records), sum(new_incident * minor) from subjects
  union all
  select 'GLOBAL:::', 'GLOBAL', null, null, null, sum(new_global), sum(records), sum(new_global * minor) from subjects
)
insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
select * from counts where (select count(*) from inserted) >= 0
on conflict (scope_key) do update set persons = subject_count.persons + excluded.persons,
  records = subject_count.records + excluded.records, minors = subject_count.minors + excluded.minors`;

/** The merge of the chunk in `staging`, with its parameters. */
export function mergeChunkStatement({ incidentId, sourceId }: BatchIdentity): [sql: string, params: unknown[]] {
  return [MERGE_CHUNK, [incidentId, sourceId, `LISTING:${incidentId}:`, `:${sourceId}`, `EXPOSURE:${incidentId}:`, `INCIDENT:${incidentId}::`]];
}
