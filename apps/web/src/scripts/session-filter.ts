/**
 * The sessions filter island: hides the sessions that do not match the chosen year and body, and keeps
 * the choice in the URL (`?year=2021&body=cmd`). A row's `data-body` lists every body that met (a joint
 * meeting is listed under each of its bodies). Without it the page lists every session.
 */
export function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-session-filter]');
  if (!form) return;
  const rows = [...document.querySelectorAll<HTMLElement>('.session-list li')];
  const count = form.querySelector('[data-shown-count]');
  const template = form.dataset.template ?? '998 / 999';
  const fields = ['year', 'body'] as const;

  const apply = (): void => {
    const chosen = Object.fromEntries(
      fields.map((name) => [name, (form.elements.namedItem(name) as HTMLSelectElement).value]),
    );
    let shown = 0;
    for (const row of rows) {
      const match = fields.every(
        (name) => !chosen[name] || (row.dataset[name] ?? '').split(' ').includes(chosen[name] ?? ''),
      );
      row.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = template.replace('998', String(shown)).replace('999', String(rows.length));
    const url = new URL(location.href);
    for (const name of fields) {
      if (chosen[name]) url.searchParams.set(name, chosen[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.search = url.search;
  };

  const params = new URLSearchParams(location.search);
  for (const name of fields) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const wanted = params.get(name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
