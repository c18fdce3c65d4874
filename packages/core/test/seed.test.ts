/**
 * Every fact of the founding document (a Kazinform news item of 2021-04-23) must be in the library,
 * correctly. One test per sentence of it.
 */
import { describe, expect, it } from 'vitest';
import {
  anniversariesIn,
  chairOn,
  getSession,
  getSource,
  membersOn,
  milestones,
  presidencyIn,
  secretaryGeneralOn,
  sessionsIn,
} from '../src/index.js';

const agendaOf = (id: Parameters<typeof getSession>[0]) =>
  getSession(id).agenda.map((item) => item.text.en.toLowerCase());

describe('the founding document', () => {
  it('is itself a source, dated 2021-04-23, published by Kazinform', () => {
    const seed = getSource('kazinform-2021-04-23');
    expect(seed.published).toBe('2021-04-23');
    expect(seed.publisher).toBe('Kazinform');
  });

  it('has in-person sessions of the defence ministers and of the security council secretaries in Dushanbe on 27 and 29 April 2021', () => {
    const april = sessionsIn(2021).filter((s) => s.date.startsWith('2021-04') && s.place?.en === 'Dushanbe');
    expect(april.map((s) => [s.body, s.date, s.format])).toEqual([
      ['cmd', '2021-04-27', 'in-person'],
      ['cssc', '2021-04-29', 'in-person'],
    ]);
    for (const s of april) expect(s.citations.map((c) => c.source)).toContain('kazinform-2021-04-23');
  });

  it('puts military security and the counteraction of challenges and threats on the agenda', () => {
    for (const id of ['cmd-2021-04-27-dushanbe', 'cssc-2021-04-29-dushanbe'] as const) {
      expect(agendaOf(id).some((t) => t.includes('military security'))).toBe(true);
      expect(agendaOf(id).some((t) => t.includes('challenges and threats') && t.includes('neutraliz'))).toBe(true);
    }
  });

  it('has Secretary General Stanislav Zas present information on the situation in the responsibility area', () => {
    expect(secretaryGeneralOn('2021-04-27')?.person.name.en).toBe('Stanislav Zas');
    expect(agendaOf('cmd-2021-04-27-dushanbe').some((t) => t.includes('responsibility area'))).toBe(true);
  });

  it('names the plans to equip the collective rapid response forces and for joint training', () => {
    const items = agendaOf('cmd-2021-04-27-dushanbe');
    expect(items.some((t) => t.includes('equip') && t.includes('collective rapid response forces'))).toBe(true);
    expect(items.some((t) => t.includes('joint training') && t.includes('forces and assets'))).toBe(true);
  });

  it('names the schedule of consultations for H2 2021 – H1 2022 and the plan of anniversary events', () => {
    for (const id of ['cmd-2021-04-27-dushanbe', 'cssc-2021-04-29-dushanbe'] as const) {
      expect(agendaOf(id).some((t) => t.includes('consultations') && t.includes('h2 2021'))).toBe(true);
      expect(agendaOf(id).some((t) => t.includes('30th anniversary') && t.includes('20th anniversary'))).toBe(true);
    }
  });

  it('has Emomali Rahmon, President of Tajikistan, as Chairman of the Collective Security Council meeting the delegations', () => {
    expect(chairOn('2021-04-27')?.chair.name.en).toBe('Emomali Rahmon');
    expect(chairOn('2021-04-27')?.state).toBe('TJ');
    const related = getSession('cmd-2021-04-27-dushanbe').related?.map((r) => r.text.en) ?? [];
    expect(related.some((t) => t.includes('Rahmon'))).toBe(true);
  });

  it('dates the treaty signature to 15 May 1992 in Tashkent', () => {
    expect(milestones['treaty-signed'].date).toBe('1992-05-15');
    expect(milestones['treaty-signed'].place?.en).toBe('Tashkent');
  });

  it('dates the Moscow decision to found the organisation to 14 May 2002', () => {
    expect(milestones['organisation-founded'].date).toBe('2002-05-14');
    expect(milestones['organisation-founded'].place?.en).toBe('Moscow');
  });

  it('dates the Charter’s entry into force to 18 September 2003', () => {
    expect(milestones['charter-in-force'].date).toBe('2003-09-18');
  });

  it('lists Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan as the members', () => {
    expect(membersOn('2021-04-23')).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']);
  });

  it('has Tajikistan presiding in 2021', () => {
    expect(presidencyIn(2021)?.state).toBe('TJ');
  });

  it('has the 30th anniversary of the treaty and the 20th of the organisation in 2022', () => {
    const found = anniversariesIn(2022).map((a) => [a.milestone.id, a.years]);
    expect(found).toContainEqual(['treaty-signed', 30]);
    expect(found).toContainEqual(['organisation-founded', 20]);
  });
});
