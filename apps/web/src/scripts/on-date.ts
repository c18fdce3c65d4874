/**
 * The "on this date" island: a date input and a slider that redraw the map, the state list, the chair and
 * the Secretary General for the chosen day, in the browser. Statuses come from the library's helpers; the
 * chair and the Secretary General from runs the page computed at build time with `chairOn` and
 * `secretaryGeneralOn` (so their records and citations stay out of the bundle). The page is complete
 * without it (it shows the build day, and says so); the day is kept in the URL as `?date=YYYY-MM-DD`. A
 * `?date=` that is not a real day gets a visible message; a day after the data date gets a notice.
 */
import { type IsoDate, isIsoDate, isProjection, MAX_YEAR, MIN_YEAR, yearOf } from '@csto/core/dates';
import { membersOn, type StateCode } from '@csto/core/states';
import { formatDate } from '../lib/format';
import { type Run, textOn } from '../lib/runs';
import { mapStatusOn } from '../lib/status';

const DAY = 86_400_000;
const toDays = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDays = (days: number): IsoDate => new Date(days * DAY).toISOString().slice(0, 10) as IsoDate;

/** A day the page can answer for: a real calendar day within the library's years. */
const showable = (value: unknown): value is IsoDate =>
  isIsoDate(value) && yearOf(value) >= MIN_YEAR && yearOf(value) <= MAX_YEAR;

const parseRuns = (json: string | undefined): Run[] => {
  try {
    return JSON.parse(json ?? '[]') as Run[];
  } catch {
    return [];
  }
};

export function start(): void {
  const root = document.querySelector<HTMLElement>('[data-on-date]');
  const input = root?.querySelector<HTMLInputElement>('#date-input');
  const slider = root?.querySelector<HTMLInputElement>('[data-slider]');
  if (!root || !input || !slider) return;
  const lang = root.dataset.lang === 'ru' ? 'ru' : 'en';
  const labels = root.dataset;
  const chairs = parseRuns(labels.chairs);
  const sgs = parseRuns(labels.sgs);
  const today = new Date().toISOString().slice(0, 10) as IsoDate;
  const min = toDays(labels.min ?? '1992-05-15');
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
    const projection = root.querySelector<HTMLElement>('[data-projection]');
    if (projection) {
      projection.hidden = !isProjection(day);
      projection.textContent = (projection.dataset.template ?? '').replace('{date}', written);
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
    const chairText = root.querySelector('[data-chair]');
    if (chairText) chairText.textContent = textOn(chairs, day) ?? labels.lUnknown ?? '';
    const sgText = root.querySelector('[data-sg]');
    if (sgText) sgText.textContent = textOn(sgs, day) ?? labels.lUnknown ?? '';
    const url = new URL(location.href);
    url.searchParams.set('date', day);
    history.replaceState(null, '', url);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
      link.search = url.search;
    }
  };

  const invalid = root.querySelector<HTMLElement>('[data-invalid]');
  const showInvalid = (value: string | null): void => {
    if (!invalid) return;
    invalid.hidden = value === null;
    invalid.textContent = value === null ? '' : (invalid.dataset.template ?? '').replace('{value}', value);
  };

  input.addEventListener('change', () => {
    if (showable(input.value)) {
      showInvalid(null);
      render(input.value);
    }
  });
  slider.addEventListener('input', () => {
    showInvalid(null);
    render(fromDays(min + Number(slider.value)));
  });
  input.closest('form')?.addEventListener('submit', (event) => event.preventDefault());

  const asked = new URLSearchParams(location.search).get('date');
  if (asked !== null && !showable(asked)) showInvalid(asked);
  render(showable(asked) ? asked : today);
}
