/**
 * The record loaders of the `module` build (bundlers, browsers, tests): each returns one domain's records
 * as authored in `src/data`, carried in the code, so a bundler keeps only the domains a program uses.
 * Node's `import` and `require` builds replace this module with `_records.node.ts`, which reads the same
 * records from one JSON file per domain (`data/<domain>.json`) on first use. Both export the same names with the same types (a type test
 * checks it); one loader per domain of the manifest.
 */
import { bodyData } from '../data/bodies.js';
import { chairmanshipData } from '../data/chairmanships.js';
import { forceData, operationData } from '../data/forces.js';
import { instrumentData } from '../data/instruments.js';
import { membershipTimeline } from '../data/membership.js';
import { milestoneData } from '../data/milestones.js';
import { openQuestionData } from '../data/open-questions.js';
import { organizationData } from '../data/organization.js';
import { politicalEventData } from '../data/political-events.js';
import { secretaryGeneralData } from '../data/secretaries-general.js';
import { sessionData } from '../data/sessions.js';
import { sourceData } from '../data/sources.js';
import { stateData } from '../data/states.js';
import { yearOf } from '../dates.js';
import type { Dataset } from '../model/dataset.js';
import type { SourceId, StateCode } from '../model/ids.generated.js';
import type { CitedClaim } from '../model/place.js';
import type { State, StatusSpan } from '../model/state.js';

export const organizationRecords = (): Dataset['organization'] => organizationData;
export const politicalEventsRecords = (): Dataset['politicalEvents'] => politicalEventData;
export const milestonesRecords = (): Dataset['milestones'] => milestoneData;
export const instrumentsRecords = (): Dataset['instruments'] => instrumentData;
export const chairmanshipsRecords = (): Dataset['chairmanships'] => chairmanshipData;
export const secretariesGeneralRecords = (): Dataset['secretariesGeneral'] => secretaryGeneralData;
export const bodiesRecords = (): Dataset['bodies'] => bodyData;
/** The years that have sessions, in order (a session belongs to the year of its `date`). */
export const sessionYearsRecords = (): readonly number[] => [...new Set(sessionData.map((s) => yearOf(s.date)))];
/** The sessions of one year, in date order: the same objects whatever the year asked. */
export const sessionsOfYearRecords = (year: number): Dataset['sessions'] =>
  sessionData.filter((s) => yearOf(s.date) === year);
export const forcesRecords = (): Dataset['forces'] => forceData;
export const operationsRecords = (): Dataset['operations'] => operationData;
export const sourcesRecords = (): Dataset['sources'] => sourceData;
export const openQuestionsRecords = (): Dataset['openQuestions'] => openQuestionData;

/** Each state's statuses and dates alone: what the date helpers need, without the prose of `states`. */
export const timelineRecords = (): Readonly<Record<StateCode, readonly StatusSpan[]>> => membershipTimeline;

/** The states, each with its timeline's periods joined to the details its record gives for them. */
export function statesRecords(): Dataset['states'] {
  const result = {} as Record<StateCode, State>;
  for (const code of Object.keys(stateData).sort() as StateCode[]) {
    const { periods, ...state } = stateData[code];
    const details: Readonly<Record<string, object>> = periods;
    const membership = membershipTimeline[code].map((span) => ({ ...span, ...details[span.from] }));
    result[code] = { ...state, membership } as unknown as State;
  }
  return result;
}

/**
 * The citations of one source, precomputed, where the build has them: this build has none (a bundler keeps
 * what it uses of the records, and `citationsOf` walks them), so `citationsOf` walks the record.
 */
export const citedClaimsRecords = (_source: SourceId): readonly CitedClaim[] | undefined => undefined;
