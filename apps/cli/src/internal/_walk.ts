import type { Citation, DomainName } from '@csto/core';
import { dataset, domainNames, domains } from '@csto/core';

/**
 * Where a value stands in the data: its domain, the id (or code) of the record holding it, and the path
 * of fields from that record down to it.
 * @example
 * const place: Place = { domain: 'sessions', record: 'cmd-2021-04-27-dushanbe', path: 'agenda.0.text.en' };
 */
export interface Place {
  readonly domain: DomainName;
  readonly record: string;
  readonly path: string;
}

/** Whether a value is a citation: a source id and a passage. */
function isCitation(value: object): value is Citation {
  return 'source' in value && 'passage' in value && typeof value.source === 'string';
}

/**
 * Visits every citation and every text of the data (`dataset()`, domains in manifest order), with the
 * record that holds it.
 * @example
 * walk({ citation: (c, place) => {}, text: (text, place) => {} });
 */
export function walk(visit: {
  readonly citation?: (citation: Citation, place: Place) => void;
  readonly text?: (text: string, place: Place) => void;
}): void {
  const data = dataset();
  for (const domain of domainNames) {
    const value: unknown = data[domain];
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((record, i) => [recordId(record, String(i)), record])
      : domains[domain].shape === 'record' && typeof value === 'object' && value !== null
        ? Object.entries(value)
        : [[domain, value]];
    for (const [record, recordValue] of entries) visitValue(recordValue, { domain, record, path: '' }, visit);
  }
}

function recordId(record: unknown, fallback: string): string {
  if (typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string') {
    return record.id;
  }
  return fallback;
}

function visitValue(value: unknown, place: Place, visit: Parameters<typeof walk>[0]): void {
  if (typeof value === 'string') {
    visit.text?.(value, place);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value) && isCitation(value)) visit.citation?.(value, place);
  for (const [key, child] of Object.entries(value)) {
    visitValue(child, { ...place, path: place.path === '' ? key : `${place.path}.${key}` }, visit);
  }
}
