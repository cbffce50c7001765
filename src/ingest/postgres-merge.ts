import type { BatchIdentity } from './bulk-writer';

/**
 * Counts the persons in `staging` and adds them to the listings, in one PostgreSQL statement per
 * chunk. Staging holds one row per (subject, controller) of the chunk (see chunk-persons.ts).
 *
 * Each row is probed once by subject, the listing key's prefix: the few listings the person
 * already has tell whether they are new to the listing, the exposure, the controller, the incident
 * and the gateway. A person already listed here is in every wider scope too, so only new listings
 * are inserted. The probe sees the listings as they were before this statement (its sub-statements
 * share one snapshot), so a new person under two controllers of the chunk is new to both
 * controllers; the incident and gateway count them on their subject's first row only.
 *
 * Why one statement: the insert pulls each row's probe just before inserting it, in subject order,
 * so the index page the probe read is still in memory when the insert writes it. The one-time
 * filter on the insert's row count makes the insert, rather than the counters, read the probes
 * first; it orders the work for speed only, as every sub-statement runs to completion anyway.
 *
 * Parameters: $1 incident id, $2 source id, $3 the LISTING key prefix, $4 its suffix, $5 the
 * EXPOSURE key prefix, $6 the INCIDENT key.
 */
const MERGE_CHUNK = `
with probed as materialized (
  select s.subject, s.controller_id, s.minor::int as minor, s.records, s.first_of_subject, s.subject_minor::int as subject_minor,
    1 - l.listing as new_listing, 1 - l.exposure as new_exposure, 1 - l.controller as new_controller,
    1 - l.incident as new_incident, 1 - l.listed as new_global
  from (select * from staging order by subject) s cross join lateral (
    select coalesce(max(case when incident_id = $1::uuid and controller_id = s.controller_id and source_id = $2::uuid then 1 end), 0) as listing,
      coalesce(max(case when incident_id = $1::uuid and controller_id = s.controller_id then 1 end), 0) as exposure,
      coalesce(max(case when controller_id = s.controller_id then 1 end), 0) as controller,
      coalesce(max(case when incident_id = $1::uuid then 1 end), 0) as incident,
      coalesce(max(1), 0) as listed
    from subject_listing where subject = s.subject
  ) l
),
inserted as (
  insert into subject_listing (subject, incident_id, controller_id, source_id)
  select subject, $1::uuid, controller_id, $2::uuid from probed where new_listing = 1
  returning 1
),
per_controller as (
  select controller_id, sum(records) as records, sum(new_listing) as listings, sum(new_listing * minor) as listing_minors,
    sum(new_exposure) as exposures, sum(new_exposure * minor) as exposure_minors,
    sum(new_controller) as controllers, sum(new_controller * minor) as controller_minors
  from probed group by controller_id
),
per_chunk as (
  select sum(records) as records,
    sum(new_incident) filter (where first_of_subject) as incidents, sum(new_incident * subject_minor) filter (where first_of_subject) as incident_minors,
    sum(new_global) filter (where first_of_subject) as globals, sum(new_global * subject_minor) filter (where first_of_subject) as global_minors
  from probed
),
counts (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors) as (
  select c.* from per_controller cross join lateral (values
    ($3 || controller_id || $4, 'LISTING', $1::uuid, controller_id, $2::uuid, listings, records, listing_minors),
    ($5 || controller_id || ':', 'EXPOSURE', $1::uuid, controller_id, null, exposures, records, exposure_minors),
    ('CONTROLLER::' || controller_id || ':', 'CONTROLLER', null, controller_id, null, controllers, records, controller_minors)
  ) c
  union all
  select c.* from per_chunk cross join lateral (values
    ($6, 'INCIDENT', $1::uuid, null::uuid, null::uuid, incidents, records, incident_minors),
    ('GLOBAL:::', 'GLOBAL', null, null, null, globals, records, global_minors)
  ) c
)
insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
select * from counts where (select count(*) from inserted) >= 0
on conflict (scope_key) do update set persons = subject_count.persons + excluded.persons,
  records = subject_count.records + excluded.records, minors = subject_count.minors + excluded.minors`;

/** The staging table the merge reads, in the column order of copy-binary.ts. */
export const CREATE_STAGING = `create temp table staging (subject bytea not null, controller_id uuid not null, minor boolean not null,
  records integer not null, first_of_subject boolean not null, subject_minor boolean not null) on commit drop`;

/** The merge of the chunk in `staging`, with its parameters. */
export function mergeChunkStatement({ incidentId, sourceId }: BatchIdentity): [sql: string, params: unknown[]] {
  return [
    MERGE_CHUNK,
    [incidentId, sourceId, `LISTING:${incidentId}:`, `:${sourceId}`, `EXPOSURE:${incidentId}:`, `INCIDENT:${incidentId}::`],
  ];
}
