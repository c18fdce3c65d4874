// The sources of the record that name one address: shared by the data check and the core test suite, so
// that both compare addresses the same way.

/**
 * An address as compared for sameness: without its scheme or trailing slashes, its host in lower case
 * (`https://www.Example.org/a/` and `http://www.example.org/a` are one address).
 *
 * @example
 * normaliseUrl('https://TASS.com/politics/1/'); //=> 'tass.com/politics/1'
 */
export function normaliseUrl(url) {
  const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  return slash === -1 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

/**
 * Every group of two or more source ids whose addresses are the same once normalised, in the order of the
 * sources: each group should be one source.
 *
 * @example
 * sharedUrls({ a: { url: 'http://x.org/1' }, b: { url: 'https://x.org/1/' } }); //=> [['a', 'b']]
 */
export function sharedUrls(sources) {
  const byUrl = new Map();
  for (const [id, source] of Object.entries(sources)) {
    const key = normaliseUrl(source.url);
    byUrl.set(key, (byUrl.get(key) ?? []).concat([id]));
  }
  return [...byUrl.values()].filter((ids) => ids.length > 1);
}
