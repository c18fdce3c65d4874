// Changelog lines for `changeset version`: like the default generator, but every entry links to the commit that
// added its changeset, so a reader can go from a CHANGELOG line to the diff and the sources it cites.
// Needs no network and no token. Options (from config.json): { "repo": "owner/name" }.

/**
 * @param {{ repo?: unknown } | null | undefined} options
 * @returns {string}
 */
function repoOf(options) {
  const repo = options?.repo;
  if (typeof repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error('.changeset/config.json: the changelog needs a { "repo": "owner/name" } option.');
  }
  return repo;
}

/**
 * @param {string | undefined} commit
 * @param {string} repo
 * @returns {string}
 */
function commitLink(commit, repo) {
  if (!commit) return '';
  return `[\`${commit.slice(0, 7)}\`](https://github.com/${repo}/commit/${commit})`;
}

/** @type {import('@changesets/types').GetReleaseLine} */
async function getReleaseLine(changeset, _type, options) {
  const repo = repoOf(options);
  const [firstLine = '', ...rest] = changeset.summary
    .trim()
    .split('\n')
    .map((line) => line.trimEnd());
  const link = commitLink(changeset.commit, repo);
  const head = `- ${link ? `${link}: ` : ''}${firstLine}`;
  return rest.length > 0 ? `${head}\n${rest.map((line) => (line ? `  ${line}` : '')).join('\n')}` : head;
}

/** @type {import('@changesets/types').GetDependencyReleaseLine} */
async function getDependencyReleaseLine(changesets, dependenciesUpdated, options) {
  if (dependenciesUpdated.length === 0) return '';
  const repo = repoOf(options);
  const links = changesets.map((changeset) => commitLink(changeset.commit, repo)).filter(Boolean);
  const head = `- Updated dependencies${links.length > 0 ? ` (${links.join(', ')})` : ''}`;
  return [head, ...dependenciesUpdated.map((dep) => `  - ${dep.name}@${dep.newVersion}`)].join('\n');
}

module.exports = { default: { getReleaseLine, getDependencyReleaseLine }, getReleaseLine, getDependencyReleaseLine };
