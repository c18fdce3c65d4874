#!/usr/bin/env node
// Checks that every source address in the built dataset (`packages/core/dist/data.json`) still answers, and
// writes a Markdown report of the ones that do not, each with its archived copy where the Wayback Machine has
// one. Run weekly by .github/workflows/link-check.yml, which opens or updates an issue with the report.
//
// Usage: check-links [data.json] [--report FILE] [--archive-api URL]
//   Prints a summary. Writes FILE only when an address is dead. Exit 0: checked (dead or not); 2: bad usage or
//   unreadable data. A dead address is a job for a person, not a failed run.
//
// An address is dead when it answers 404 or 410, or fails (no answer, a server error, a timeout) twice. A site
// that refuses the checker (401, 403, 429) is listed apart as not checked: it answers people, not robots.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const ARCHIVE_API = 'https://archive.org/wayback/available';
const USER_AGENT = 'csto-link-check (+https://github.com/csto-data/csto)';

/**
 * @typedef {{ id: string, title: string, publisher: string, url: string }} SourceAddress
 * @typedef {{ ok: true, status: number } | { ok: false, refused: boolean, reason: string }} Answer
 * @typedef {{ source: SourceAddress, reason: string, archived?: string }} DeadAddress
 * @typedef {{ checked: number, dead: DeadAddress[], refused: { source: SourceAddress, reason: string }[] }} LinkReport
 * @typedef {{ timeoutMs?: number, retryDelayMs?: number, concurrency?: number, archiveApi?: string | false }} Options
 */

/**
 * The sources of a dataset (`data.json`: `sources` keyed by id, or a list), sorted by id.
 * @param {{ sources?: Record<string, SourceAddress> | SourceAddress[] }} data
 * @returns {SourceAddress[]}
 */
export function sourceAddresses(data) {
  const sources = Array.isArray(data.sources) ? data.sources : Object.values(data.sources ?? {});
  return sources
    .map(({ id, title, publisher, url }) => ({ id, title, publisher, url }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * One request, given up after `timeoutMs`; the body is not read.
 * @param {string} url
 * @param {number} timeoutMs
 * @returns {Promise<Answer>}
 */
async function ask(url, timeoutMs) {
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf,*/*' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.ok) return { ok: true, status: response.status };
    const reason = `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, refused: [401, 403, 429].includes(response.status), reason };
  } catch (error) {
    const cause = /** @type {{ cause?: { code?: string }, name?: string }} */ (error);
    const reason =
      cause.name === 'TimeoutError'
        ? `no answer in ${timeoutMs / 1000} s`
        : `no answer (${cause.cause?.code ?? cause.name})`;
    return { ok: false, refused: false, reason };
  }
}

/**
 * Whether an address answers. A failure other than 404 or 410 is tried once more after `retryDelayMs`.
 * @param {string} url
 * @param {Options} [options]
 * @returns {Promise<Answer>}
 */
export async function checkAddress(url, { timeoutMs = 20_000, retryDelayMs = 5_000 } = {}) {
  const first = await ask(url, timeoutMs);
  if (first.ok || first.refused || /^answered 4(?:04|10)\b/.test(first.reason)) return first;
  await new Promise((done) => setTimeout(done, retryDelayMs));
  return ask(url, timeoutMs);
}

/**
 * The Wayback Machine's closest archived copy of an address, or `undefined`.
 * @param {string} url
 * @param {string} [api]
 * @returns {Promise<string | undefined>}
 */
export async function archivedCopy(url, api = ARCHIVE_API) {
  try {
    const response = await fetch(`${api}?url=${encodeURIComponent(url)}`, {
      headers: { 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) return undefined;
    const found = /** @type {{ archived_snapshots?: { closest?: { available?: boolean, url?: unknown } } }} */ (
      await response.json()
    );
    const closest = found?.archived_snapshots?.closest;
    return closest?.available && typeof closest.url === 'string' ? closest.url.replace(/^http:/, 'https:') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every address, `concurrency` at a time, and looks up archived copies of the dead ones.
 * @param {SourceAddress[]} sources
 * @param {Options} [options]
 * @returns {Promise<LinkReport>}
 */
export async function checkLinks(sources, options = {}) {
  const { concurrency = 8, archiveApi = ARCHIVE_API } = options;
  /** @type {{ source: SourceAddress, answer: Answer }[]} */
  const answers = [];
  const queue = [...sources];
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      answers.push({ source, answer: await checkAddress(source.url, options) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, worker));
  answers.sort((a, b) => a.source.id.localeCompare(b.source.id));
  /** @type {LinkReport} */
  const report = { checked: sources.length, dead: [], refused: [] };
  for (const { source, answer } of answers) {
    if (answer.ok) continue;
    if (answer.refused) report.refused.push({ source, reason: answer.reason });
    else {
      const archived = archiveApi === false ? undefined : await archivedCopy(source.url, archiveApi);
      report.dead.push(archived ? { source, reason: answer.reason, archived } : { source, reason: answer.reason });
    }
  }
  return report;
}

/**
 * @param {string} text
 * @returns {string}
 */
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The report as the body of an issue.
 * @param {LinkReport} report
 * @param {string} date The day of the check, `YYYY-MM-DD`.
 * @returns {string}
 */
export function formatReport(report, date) {
  const lines = [
    `The link check of ${date} found ${report.dead.length} of ${report.checked} source addresses that no longer answer.`,
    '',
    'For each, a data maintainer finds the page at its new address or keeps the archived copy: the source in',
    '`packages/core/src/data/sources.ts` gets the address that answers, and the passages cited from it are checked',
    'against that copy (CONTRIBUTING.md).',
    '',
    '| source | address | what happened | archived copy |',
    '| --- | --- | --- | --- |',
    ...report.dead.map(({ source, reason, archived }) =>
      [
        '',
        ` \`${source.id}\` (${cell(source.publisher)}) `,
        ` <${source.url}> `,
        ` ${reason} `,
        ` ${archived ? `<${archived}>` : `none found: <https://web.archive.org/web/*/${source.url}>`} `,
        '',
      ].join('|'),
    ),
  ];
  if (report.refused.length > 0) {
    lines.push(
      '',
      `Not checked: ${report.refused.length} sites refused the checker, as some do with robots; they may well answer people.`,
      '',
      ...report.refused.map(({ source, reason }) => `- \`${source.id}\` <${source.url}>: ${reason}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { report: { type: 'string' }, 'archive-api': { type: 'string' } },
    });
  } catch (error) {
    console.error(`check-links: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
  const file = resolve(parsed.positionals[0] ?? 'packages/core/dist/data.json');
  let sources;
  try {
    sources = sourceAddresses(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`check-links: cannot read the sources of ${file}: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
  const report = await checkLinks(sources, { archiveApi: parsed.values['archive-api'] ?? ARCHIVE_API });
  console.log(
    `Checked ${report.checked} source addresses: ${report.dead.length} dead, ${report.refused.length} refused the checker.`,
  );
  for (const { source, reason } of report.dead) console.log(`  dead: ${source.id} ${source.url} (${reason})`);
  if (report.dead.length > 0 && parsed.values.report) {
    writeFileSync(parsed.values.report, formatReport(report, new Date().toISOString().slice(0, 10)));
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
