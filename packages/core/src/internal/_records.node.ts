/**
 * The record loaders of Node's `import` and `require` builds: the same names and types as `_records.ts`,
 * reading `data.json` on first use instead of carrying the records in the code.
 */
import type { Dataset } from '../model/dataset.js';
import type { StateCode } from '../model/ids.generated.js';
import type { StatusSpan } from '../model/state.js';
import { dataFile } from './_data-file.js';
import { once } from './_lazy.js';

export const organizationRecords = (): Dataset['organization'] => dataFile().organization;
export const statesRecords = (): Dataset['states'] => dataFile().states;
export const politicalEventsRecords = (): Dataset['politicalEvents'] => dataFile().politicalEvents;
export const milestonesRecords = (): Dataset['milestones'] => dataFile().milestones;
export const instrumentsRecords = (): Dataset['instruments'] => dataFile().instruments;
export const chairmanshipsRecords = (): Dataset['chairmanships'] => dataFile().chairmanships;
export const secretariesGeneralRecords = (): Dataset['secretariesGeneral'] => dataFile().secretariesGeneral;
export const bodiesRecords = (): Dataset['bodies'] => dataFile().bodies;
export const sessionsRecords = (): Dataset['sessions'] => dataFile().sessions;
export const forcesRecords = (): Dataset['forces'] => dataFile().forces;
export const operationsRecords = (): Dataset['operations'] => dataFile().operations;
export const sourcesRecords = (): Dataset['sources'] => dataFile().sources;
export const openQuestionsRecords = (): Dataset['openQuestions'] => dataFile().openQuestions;

/** Each state's statuses and dates alone, read off the states' membership periods once. */
export const timelineRecords: () => Readonly<Record<StateCode, readonly StatusSpan[]>> = /*#__PURE__*/ once(() => {
  const states = dataFile().states;
  const result = {} as Record<StateCode, readonly StatusSpan[]>;
  for (const code of Object.keys(states) as StateCode[]) {
    result[code] = states[code].membership.map(({ status, from, to }) =>
      to ? { status, from, to } : { status, from },
    );
  }
  return result;
});
