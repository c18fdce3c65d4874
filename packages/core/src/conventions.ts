import type { Conventions } from './model/dataset.js';

/**
 * The rules for reading the record, in words, as `data.json` carries them under `conventions` (and
 * `dataset().conventions`): for readers in Python, R, SQL or a spreadsheet, who never see this package's
 * documentation. The helpers (`isMember`, `membersOn`, `isProjection`, …) apply the same rules; a test holds
 * the two together.
 *
 * @example
 * conventions.formalMember.includes('`frozen`'); //=> true
 */
export const conventions: Conventions = /*#__PURE__*/ Object.freeze({
  dates:
    'Dates are ISO 8601 calendar dates, YYYY-MM-DD: days, with no time and no time zone. A field that may be ' +
    'less precise (a PartialDate) holds YYYY-MM or YYYY where its sources give no day.',
  periods:
    'A period (a membership period, a chairmanship, a Secretary General’s term, a boundary window) runs from ' +
    'its `from` day, inclusive, to its `to` day, exclusive: `to` is the first day after the period. A period ' +
    'without `to` has not ended, or its end is not known. The days of a force operation are the days things ' +
    'happened, each inclusive.',
  formalMember:
    'A state is a formal member on a day when its membership period that covers the day has the status ' +
    '`member` or `frozen`. `suspended` is not formal membership, and a state no period covers on a day was not ' +
    'a member that day.',
  dataAsOf:
    '`DATA_AS_OF` is the day up to which the data was checked against its sources. An answer about a later day ' +
    'is a projection: it assumes that nothing changed since (a closed period still ends when it ends; an open ' +
    'one is assumed to go on).',
});
