/**
 * The "on this date" island: a date input and a slider that redraw the map, the state list, the chair and
 * the Secretary General for the chosen day, with the library's helpers, in the browser. The page is
 * complete without it (it shows the build day); the day is kept in the URL as `?date=YYYY-MM-DD`.
 */
import { chairOn, type IsoDate, isIsoDate, membersOn, type StateCode, secretaryGeneralOn } from '@csto/core';
import { formatDate } from '../lib/format';
import { mapStatusOn } from '../lib/status';

const DAY = 86_400_000;
const toDays = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDays = (days: number): IsoDate => new Date(days * DAY).toISOString().slice(0, 10) as IsoDate;

export function start(): void {
  const root = document.querySelector<HTMLElement>('[data-on-date]');
  const input = root?.querySelector<HTMLInputElement>('#date-input');
  const slider = root?.querySelector<HTMLInputElement>('[data-slider]');
  if (!root || !input || !slider) return;
  const lang = root.dataset.lang === 'ru' ? 'ru' : 'en';
  const labels = root.dataset;
  const today = new Date().toISOString().slice(0, 10) as IsoDate;
  const min = toDays(labels.min ?? '1992-05-15');
  input.max = today;
  slider.max = String(toDays(today) - min);

  const render = (day: IsoDate): void => {
    const written = formatDate(day, lang);
    input.value = day;
    slider.value = String(toDays(day) - min);
    slider.setAttribute('aria-valuetext', written);
    const shown = root.querySelector('[data-shown]');
    if (shown) {
      shown.textContent = written;
      shown.setAttribute('datetime', day);
    }
    for (const item of root.querySelectorAll<HTMLElement>('[data-status-list] li')) {
      const code = item.dataset.code as StateCode;
      const status = mapStatusOn(code, item.dataset.first ?? '9999', day);
      const label = labels[`l${status[0]!.toUpperCase()}${status.slice(1)}`] ?? status;
      item.querySelector('[data-swatch]')?.setAttribute('class', `swatch s-${status}`);
      const text = item.querySelector('[data-status-text]');
      if (text) text.textContent = label;
      for (const shape of root.querySelectorAll<SVGElement>(`.map [data-code="${code}"]`)) {
        shape.setAttribute('class', `st s-${status}`);
        if (shape.hasAttribute('aria-label')) {
          shape.setAttribute('aria-label', `${item.querySelector('a')?.textContent ?? code}: ${label}`);
        }
      }
    }
    const title = root.querySelector<SVGTitleElement>('[data-map-title]');
    if (title?.dataset.template) title.textContent = title.dataset.template.replace('{date}', written);
    const count = root.querySelector('[data-count]');
    if (count) count.textContent = (labels.lCount ?? '{n}').replace('{n}', String(membersOn(day).length));
    const chair = chairOn(day);
    const chairText = root.querySelector('[data-chair]');
    if (chairText) {
      const state = chair && root.querySelector(`[data-status-list] [data-code="${chair.state}"] a`)?.textContent;
      chairText.textContent = chair ? `${chair.chair.name[lang]} (${state})` : (labels.lUnknown ?? '');
    }
    const sg = secretaryGeneralOn(day);
    const sgText = root.querySelector('[data-sg]');
    if (sgText) {
      sgText.textContent = sg
        ? `${sg.person.name[lang]}${sg.acting ? ` (${labels.lActing})` : ''}`
        : (labels.lUnknown ?? '');
    }
    const url = new URL(location.href);
    url.searchParams.set('date', day);
    history.replaceState(null, '', url);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
      link.search = url.search;
    }
  };

  input.addEventListener('change', () => {
    if (isIsoDate(input.value)) render(input.value);
  });
  slider.addEventListener('input', () => render(fromDays(min + Number(slider.value))));
  input.closest('form')?.addEventListener('submit', (event) => event.preventDefault());

  const asked = new URLSearchParams(location.search).get('date');
  render(isIsoDate(asked) ? asked : today);
}
