/**
 * The membership timeline: each state's statuses and their dates, and nothing else, so that the date
 * helpers (`isMember`, `membersOn`, `statusOn`) bundle without the sources and prose of `states`.
 * The basis, notes, sources and conflicts of every period are in `./states.ts`, keyed by `from`.
 * Periods: `from` inclusive, `to` exclusive; oldest first.
 */
import type { StateCode } from '../model/ids.generated.js';
import type { StatusSpan } from '../model/state.js';

export const membershipTimeline = {
  AM: [
    { status: 'member', from: '1992-05-15', to: '2024-02-22' },
    { status: 'frozen', from: '2024-02-22' },
  ],
  AZ: [{ status: 'member', from: '1993-09-24', to: '1999-04-21' }],
  BY: [{ status: 'member', from: '1993-12-31' }],
  GE: [{ status: 'member', from: '1993-12-09', to: '1999-04-21' }],
  KG: [{ status: 'member', from: '1992-05-15' }],
  KZ: [{ status: 'member', from: '1992-05-15' }],
  RU: [{ status: 'member', from: '1992-05-15' }],
  TJ: [{ status: 'member', from: '1992-05-15' }],
  UZ: [
    { status: 'member', from: '1992-05-15', to: '1999-04-21' },
    { status: 'member', from: '2006-08-16', to: '2012-06-28' },
    { status: 'frozen', from: '2012-06-28', to: '2012-12-19' },
    { status: 'suspended', from: '2012-12-19' },
  ],
} as const satisfies Record<StateCode, readonly StatusSpan[]>;
