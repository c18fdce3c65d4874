/**
 * The record loaders of Node's `import` and `require` builds: the same names and types as `_records.ts`,
 * reading each domain's JSON file (`data/<domain>.json`) on first use instead of carrying the records in the code.
 */
import type { Dataset } from '../model/dataset.js';
import type { SourceId, StateCode } from '../model/ids.generated.js';
import type { CitedClaim } from '../model/place.js';
import type { StatusSpan } from '../model/state.js';
import { dataFile, domainFile } from './_data-file.js';
import { once } from './_lazy.js';
import { shardOf } from './_shard.js';

export const organizationRecords = (): Dataset['organization'] => domainFile('organization');
export const statesRecords = (): Dataset['states'] => domainFile('states');
export const politicalEventsRecords = (): Dataset['politicalEvents'] => domainFile('politicalEvents');
export const milestonesRecords = (): Dataset['milestones'] => domainFile('milestones');
export const instrumentsRecords = (): Dataset['instruments'] => domainFile('instruments');
export const chairmanshipsRecords = (): Dataset['chairmanships'] => domainFile('chairmanships');
export const secretariesGeneralRecords = (): Dataset['secretariesGeneral'] => domainFile('secretariesGeneral');
export const bodiesRecords = (): Dataset['bodies'] => domainFile('bodies');
/** The years that have sessions, in order, as the build listed them (`data/sessions/years.json`). */
export const sessionYearsRecords = (): readonly number[] => dataFile<readonly number[]>('sessions/years.json');
/**
 * The sessions of one year, from the build's file for that year (`data/sessions/<year>.json`): the sessions are
 * the largest domain, and a question about one year (`sessionsIn(2021)`, `getSession(id)`) reads that year alone.
 */
export const sessionsOfYearRecords = (year: number): Dataset['sessions'] =>
  sessionYearsRecords().includes(year) ? dataFile<Dataset['sessions']>(`sessions/${year}.json`) : [];
export const forcesRecords = (): Dataset['forces'] => domainFile('forces');
export const operationsRecords = (): Dataset['operations'] => domainFile('operations');
export const sourcesRecords = (): Dataset['sources'] => domainFile('sources');
export const openQuestionsRecords = (): Dataset['openQuestions'] => domainFile('openQuestions');

/** Each state's statuses and dates alone, read off the states' membership periods once. */
export const timelineRecords: () => Readonly<Record<StateCode, readonly StatusSpan[]>> = /*#__PURE__*/ once(() => {
  const states = domainFile('states');
  const result = {} as Record<StateCode, readonly StatusSpan[]>;
  for (const code of Object.keys(states) as StateCode[]) {
    result[code] = states[code].membership.map(({ status, from, to }) =>
      to ? { status, from, to } : { status, from },
    );
  }
  return result;
});

/**
 * The citations of one source, as `citationsOf` finds them, precomputed by the build into
 * `data/citations/<n>.json` (the source's file by `shardOf`): the evidence of one source without reading
 * every domain.
 */
export const citedClaimsRecords = (source: SourceId): readonly CitedClaim[] | undefined =>
  dataFile<Record<string, readonly CitedClaim[]>>(`citations/${shardOf(source)}.json`)[source] ?? [];
