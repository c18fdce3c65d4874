/**
 * The list filter island (the sessions by year and body, the sources by publisher, language and kind): it
 * hides the rows that do not match every chosen value and keeps the choice in the URL (`?year=2021&body=cmd`).
 * The form names its rows (`data-rows`, a selector); each `<select>` filters on the row's `data-*` attribute
 * of the same name, a space-separated list (a joint session is listed under each of its bodies). Without
 * JavaScript the page lists every row.
 */
export function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-list-filter]');
  if (!form) return;
  const rows = [...document.querySelectorAll<HTMLElement>(form.dataset.rows ?? 'li')];
  const count = form.querySelector('[data-shown-count]');
  const template = form.dataset.template ?? '998 / 999';
  const selects = [...form.querySelectorAll('select')];

  const apply = (): void => {
    let shown = 0;
    for (const row of rows) {
      const match = selects.every(({ name, value }) => !value || (row.dataset[name] ?? '').split(' ').includes(value));
      row.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = template.replace('998', String(shown)).replace('999', String(rows.length));
    const url = new URL(location.href);
    for (const { name, value } of selects) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) link.search = url.search;
  };

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
