/**
 * The search island of the search page. It imports only the core's folding rule (`foldText`): it fetches
 * the language's index (`/{lang}/search-index.json`, built from the core's records at build time) the first
 * time the visitor searches, then matches every word of the query, with case, accents and "ё" folded as the
 * library folds them, and lists the entries with the words in their title first. The query stays in the URL
 * (`?q=`), so the header's form on every page lands here with results.
 */
import { foldText } from '@csto/core';

type Entry = readonly [kind: number, title: string, detail: string, url: string, also: string];
interface Index {
  readonly kinds: readonly string[];
  readonly entries: readonly Entry[];
}

/** How many results the page lists at most. */
const LIMIT = 100;

export function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !list || !status) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  let loaded: Promise<{ index: Index; folded: string[][] }> | undefined;
  const load = () => {
    loaded ??= fetch(form.dataset.index ?? '')
      .then((response) => response.json() as Promise<Index>)
      .then((index) => ({
        index,
        folded: index.entries.map(([, title, detail, , also]) => [
          foldText(title),
          foldText(`${title} ${detail} ${also}`),
        ]),
      }));
    return loaded;
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.search = url.search;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    const { index, folded } = await load();
    if (input.value.trim() !== query) return;
    const words = foldText(query).split(/\s+/).filter(Boolean);
    const found: { entry: Entry; rank: number; at: number }[] = [];
    index.entries.forEach((entry, at) => {
      const [title, all] = folded[at] as string[];
      if (!words.every((w) => (all as string).includes(w))) return;
      const inTitle = words.filter((w) => (title as string).includes(w)).length;
      found.push({ entry, rank: inTitle, at });
    });
    found.sort((a, b) => b.rank - a.rank || a.entry[0] - b.entry[0] || a.at - b.at);
    status.textContent = (form.dataset.results ?? '998 997')
      .replace('998', String(found.length))
      .replace('997', query)
      .concat(found.length > LIMIT ? ` ${(form.dataset.more ?? '996').replace('996', String(LIMIT))}` : '');
    for (const { entry } of found.slice(0, LIMIT)) {
      const [kind, title, detail, href] = entry;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = title;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` · ${index.kinds[kind] ?? ''} · ${detail}`;
      item.append(link, meta);
      list.append(item);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) void run();
}
