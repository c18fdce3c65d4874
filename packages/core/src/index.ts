/**
 * `@csto/core`: typed, sourced, date-aware data on the Collective Security Treaty Organization.
 *
 * @example
 * import { isMember, membersOn, presidencyIn } from '@csto/core';
 * isMember('UZ', '2010-01-01'); //=> true
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 * presidencyIn(2021)?.state; //=> 'TJ'
 *
 * Everything is also available by domain (see `domains` for which entry holds which domain):
 * `/chairmanships`, `/secretaries-general`, `/sessions`, `/forces`, `/sources`.
 *
 * @packageDocumentation
 */

export type { CitedClaim } from './citations.js';
export { citationsOf } from './citations.js';
export { conventions } from './conventions.js';
export type { Conventions, Dataset, DomainName } from './dataset.js';
export { dataset, datasetJson } from './dataset.js';
export * from './entries/chairmanships.js';
export * from './entries/dates.js';
export * from './entries/forces.js';
export * from './entries/milestones.js';
export * from './entries/secretaries-general.js';
export * from './entries/sessions.js';
export * from './entries/sources.js';
export * from './entries/states.js';
export { foldText } from './fold.js';
export type { DomainInfo, DomainShape, EntryName } from './manifest.js';
export { domainNames, domains } from './manifest.js';
export type { RecordPlace, SearchHit } from './search.js';
export { searchRecord } from './search.js';
