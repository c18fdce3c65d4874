/**
 * The one list of the data domains. The package's entry points, `data.json` and its JSON Schema, the
 * coverage report, the immutability and invariant tests and the CLI's export are all derived from it: a
 * domain added to {@link Dataset} and not described here fails to compile, and one described here and not
 * wired elsewhere fails a test.
 */
import type { DomainName } from './model/dataset.js';

/**
 * How a domain is laid out: a `list` in date order, a `record` keyed by id (or code), or a single
 * `object`.
 *
 * @example
 * const shape: DomainShape = 'record';
 */
export type DomainShape = 'list' | 'record' | 'object';

/**
 * The subpath entry of `@csto/core` that exports a domain (besides the root entry).
 *
 * @example
 * const entry: EntryName = 'sessions';
 */
export type EntryName =
  | 'states'
  | 'milestones'
  | 'chairmanships'
  | 'secretaries-general'
  | 'sessions'
  | 'forces'
  | 'sources';

/**
 * What the manifest says about one domain.
 *
 * @example
 * domains.sessions.shape; //=> 'list'
 */
export interface DomainInfo {
  readonly shape: DomainShape;
  /** The subpath entry that exports the domain under its own name. */
  readonly entry: EntryName;
  /** The record's id field, for lists and records. */
  readonly key?: string;
  /** One line saying what the domain holds. */
  readonly description: string;
}

/**
 * Every data domain, in the order `data.json` lists them.
 *
 * @example
 * Object.keys(domains).length; //=> 13
 * domains.states.entry; //=> 'states'
 */
export const domains = {
  organization: {
    shape: 'object',
    entry: 'milestones',
    description: 'The organisation’s own names, in English and Russian.',
  },
  states: {
    shape: 'record',
    entry: 'states',
    key: 'code',
    description: 'Every state ever party to the treaty, with its full membership history.',
  },
  politicalEvents: {
    shape: 'list',
    entry: 'states',
    key: 'id',
    description:
      'Dated events that changed how a member takes part, apart from its legal status: boycotts, absences, statements.',
  },
  milestones: {
    shape: 'record',
    entry: 'milestones',
    key: 'id',
    description: 'Dated events of the treaty and the organisation: signatures, entries into force, decisions.',
  },
  instruments: {
    shape: 'record',
    entry: 'milestones',
    key: 'id',
    description:
      'The organisation’s legal instruments: the treaty, the Charter, agreements and the protocols amending them.',
  },
  chairmanships: {
    shape: 'list',
    entry: 'chairmanships',
    key: 'id',
    description: 'Who chaired the Collective Security Council, and when.',
  },
  secretariesGeneral: {
    shape: 'list',
    entry: 'secretaries-general',
    key: 'id',
    description: 'The Secretaries General, acting holders included.',
  },
  bodies: {
    shape: 'record',
    entry: 'sessions',
    key: 'id',
    description: 'The organisation’s bodies.',
  },
  sessions: {
    shape: 'list',
    entry: 'sessions',
    key: 'id',
    description: 'Sessions of the bodies, held and planned, with agendas, documents and absences.',
  },
  forces: {
    shape: 'record',
    entry: 'forces',
    key: 'id',
    description: 'The collective forces.',
  },
  operations: {
    shape: 'list',
    entry: 'forces',
    key: 'id',
    description: 'Operations of the collective forces.',
  },
  sources: {
    shape: 'record',
    entry: 'sources',
    key: 'id',
    description: 'Every source the data cites.',
  },
  openQuestions: {
    shape: 'list',
    entry: 'sources',
    key: 'id',
    description: 'Facts looked for and not established, or declined, with the reason.',
  },
} as const satisfies { readonly [K in DomainName]: DomainInfo };

/**
 * The domain names in manifest order.
 *
 * @example
 * domainNames[0]; //=> 'organization'
 */
export const domainNames: readonly DomainName[] = /*#__PURE__*/ Object.freeze(
  /*#__PURE__*/ Object.keys(domains) as DomainName[],
);
