import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, findDates } from '../../src/text/dates.js';

const isos = (text: string) => findDates(text).map((d) => d.iso);

describe('findDates', () => {
  it.each([
    ['21/04/2026', '2026-04-21'],
    ['21.04.2026', '2026-04-21'],
    ['21-04-2026', '2026-04-21'],
    ['21 april 2026 om 10.00 uur', '2026-04-21T10:00'],
    ['dinsdag 14 april 2026 om 10.00 uur', '2026-04-14T10:00'],
    ['le 21 avril 2026 à 10h00', '2026-04-21T10:00'],
    ['le 1er septembre 2026', '2026-09-01'],
    ['21 April 2026 at 10:00', '2026-04-21T10:00'],
    ['May 15, 2020 at 2:00 pm', '2020-05-15T14:00'],
    ['21/04/2026 om 11 uur', '2026-04-21T11:00'],
  ])('reads %s', (text, iso) => {
    expect(isos(`De offertes moeten toekomen uiterlijk op ${text}.`)).toEqual([iso]);
  });

  it('rejects impossible dates and non-dates', () => {
    expect(isos('31/02/2026, 3.850 m², artikel 12.3.2, tel. 09 999 12 40')).toEqual([]);
  });

  it('reads day first, not month first', () => {
    expect(isos('04/05/2026')).toEqual(['2026-05-04']);
  });

  it('parses back any date written in every style (property)', () => {
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, h, min) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const d = date.getUTCDate();
        const pad = (n: number) => String(n).padStart(2, '0');
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(isos(`op ${pad(d)}/${pad(m)}/${y}.`)).toEqual([iso]);
        expect(isos(`op ${d}.${m}.${y}.`)).toEqual([iso]);
        expect(isos(`op ${d} ${months[m - 1]} ${y} om ${h}.${pad(min)} uur`)).toEqual([`${iso}T${pad(h)}:${pad(min)}`]);
        expect(isos(`le ${d === 1 ? '1er' : d} ${mois[m - 1]} ${y} à ${h}h${pad(min)}`)).toEqual([`${iso}T${pad(h)}:${pad(min)}`]);
      }),
      { numRuns: 300 },
    );
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-03-20', '2026-04-14T10:00')).toBe(25);
  });
});

describe('ISO dates of machine-readable notices', () => {
  it('reads 2026-04-21 and 2026-04-21T10:00', () => {
    expect(isos('[PROCEDURE/DATE_RECEIPT_TENDERS] 2026-04-21 10:00')).toEqual(['2026-04-21T10:00']);
    expect(isos('"endDate": "2019-05-24T12:00:00Z"')).toEqual(['2019-05-24T12:00']);
  });
});
