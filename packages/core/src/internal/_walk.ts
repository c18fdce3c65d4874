/**
 * The one walk over the whole record that the text search and the citation index share: every text and
 * every citation, with the record and the path that hold it.
 */
import { dataset } from '../dataset.js';
import { domainNames, domains } from '../manifest.js';
import type { Citation } from '../model/common.js';
import type { RecordPlace } from '../model/place.js';

/** Whether an object is a citation: a source id and a passage. */
function isCitation(value: object): value is Citation {
  return 'source' in value && 'passage' in value && typeof (value as { source: unknown }).source === 'string';
}

/** The id (or code) of a record in a list, else its index. */
function recordId(record: unknown, fallback: string): string {
  if (typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string') {
    return record.id;
  }
  return fallback;
}

/**
 * Visits every citation and every text of the record (domains in manifest order), with its place. A
 * citation is visited at the place of the object that holds it (`agenda.0`), then its own texts.
 *
 * @example
 * walkRecord({ citation: (citation, place) => {}, text: (text, place) => {} });
 */
export function walkRecord(visit: {
  readonly citation?: (citation: Citation, place: RecordPlace) => void;
  readonly text?: (text: string, place: RecordPlace) => void;
}): void {
  const data = dataset();
  for (const domain of domainNames) {
    const value: unknown = data[domain];
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((record, i) => [recordId(record, String(i)), record])
      : domains[domain].shape === 'record' && typeof value === 'object' && value !== null
        ? Object.entries(value)
        : [[domain, value]];
    for (const [record, recordValue] of entries) visitValue(recordValue, domain, record, '', visit);
  }
}

function visitValue(
  value: unknown,
  domain: RecordPlace['domain'],
  record: string,
  path: string,
  visit: Parameters<typeof walkRecord>[0],
): void {
  if (typeof value === 'string') {
    visit.text?.(value, { domain, record, path });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visitValue(value[i], domain, record, join(path, String(i)), visit);
    return;
  }
  if (isCitation(value) && visit.citation) {
    // A citation's place is the claim it supports: the object that holds its `citations` list.
    visit.citation(value, { domain, record, path: path.replace(/\.?citations\.\d+$/, '') });
  }
  for (const key of Object.keys(value)) {
    visitValue((value as Record<string, unknown>)[key], domain, record, join(path, key), visit);
  }
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
