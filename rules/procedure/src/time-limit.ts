import { MINIMUM_TIME_LIMITS, euThreshold, findDates, type Procedure, type Rule, type RuleContext, type Stated } from '@tenderlint/core';
import { EU_PUBLICATION, HINTS, NOT_EU_PUBLICATION, PUBLICATION_LABEL, RELATIVE_TIME_LIMIT, TENDERS } from './data/cues.js';

const NOT_ADVERTISED: Procedure[] = ['negotiated-without-publication', 'accepted-invoice'];
const TWO_STAGE: Procedure[] = ['restricted', 'competitive-negotiation', 'negotiated-with-publication', 'competitive-dialogue', 'innovation-partnership'];

/** Calendar days between two ISO dates (time of day ignored). */
function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Above the EU threshold: by the value, or by the text saying the notice goes to the Official Journal. */
function aboveEuThreshold(context: RuleContext): boolean {
  const facts = context.facts;
  const value = facts.estimatedValue?.value;
  const type = facts.contractType?.value;
  if (value && value.currency === 'EUR' && type) return value.amount >= euThreshold(type, facts.authorityType?.value === 'federal');
  return context.document.blocks.some((b) => HINTS.euPublication.test(b.text) && saysEuPublication(b.text));
}

/** A cue for EU publication that is not denied just before it ("zonder Europese bekendmaking"). */
function saysEuPublication(text: string): boolean {
  const all = new RegExp(EU_PUBLICATION.source, EU_PUBLICATION.flags.includes('g') ? EU_PUBLICATION.flags : EU_PUBLICATION.flags + 'g');
  for (const m of text.matchAll(all)) if (!NOT_EU_PUBLICATION.test(text.slice(Math.max(0, m.index - 50), m.index))) return true;
  return false;
}

/** The legal minimum for this procedure, and the words that explain it. */
function minimumFor(context: RuleContext): { days: number; basis: 'open' | 'twoStage' | 'simplified' | 'floor' } | undefined {
  const procedure = context.facts.procedure?.value;
  if (procedure && NOT_ADVERTISED.includes(procedure)) return undefined;
  if (procedure === 'simplified-negotiated') return { days: MINIMUM_TIME_LIMITS.simplifiedNegotiated, basis: 'simplified' };
  if (aboveEuThreshold(context)) {
    if (procedure === 'open') return { days: MINIMUM_TIME_LIMITS.openElectronic, basis: 'open' };
    if (procedure && TWO_STAGE.includes(procedure)) return { days: MINIMUM_TIME_LIMITS.requestsToParticipate, basis: 'twoStage' };
  }
  return { days: MINIMUM_TIME_LIMITS.floor, basis: 'floor' };
}

/** The publication date when the facts have none: the first date after a publication label, in the same sentence. */
function publicationDateInText(context: RuleContext): Stated<string> | undefined {
  for (const block of context.document.blocks) {
    if (!HINTS.publication.test(block.text) || !/(?:19|20)\d\d/u.test(block.text)) continue;
    for (const s of context.sentences(block)) {
      const label = PUBLICATION_LABEL.exec(s.text);
      if (!label) continue;
      const date = findDates(s.text).find((d) => d.start >= label.index);
      if (date) return { value: date.iso, evidence: { blockId: block.id, start: s.start + date.start, end: s.start + date.end, raw: date.raw } };
    }
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'procedure/time-limit',
    pack: 'procedure',
    principle: ['2.4'],
    legal: 'Richtlijn 2014/24/EU art. 27-29; Wet 17 juni 2016, art. 36-41',
    severity: 'error',
    messages: {
      tooShort: {
        nl: 'Tussen de bekendmaking ({published}) en de uiterste datum voor de offertes liggen maar {days} kalenderdagen. {basis} Een te korte termijn bevoordeelt wie al op de hoogte was en houdt kmo\'s weg (Vlaams plan overheidsopdrachten 2.4; richtlijn 2014/24/EU art. 27; wet 17 juni 2016, art. 36). Verleng de termijn tot minstens {minimum} dagen na verzending van de aankondiging.',
        fr: 'Entre la publication ({published}) et la date limite de réception des offres, il n\'y a que {days} jours calendrier. {basis} Un délai trop court favorise ceux qui étaient déjà informés et écarte les PME (plan flamand 2.4 ; directive 2014/24/UE, art. 27 ; loi du 17 juin 2016, art. 36). Portez le délai à au moins {minimum} jours après l\'envoi de l\'avis.',
        en: 'Only {days} calendar days lie between publication ({published}) and the time limit for tenders. {basis} Too short a period favours those who knew in advance and keeps SMEs away (Flemish procurement plan 2.4; Directive 2014/24/EU art. 27; Belgian law of 17 June 2016 art. 36). Extend it to at least {minimum} days after the dispatch of the notice.',
      },
    },
    docs: {
      description: 'Flags a time limit for tenders (or requests to participate) shorter than the legal minimum for the procedure.',
      rationale:
        'Plan 2.4 asks for real competition. Directive 2014/24/EU art. 27-29 and the Belgian law of 17 June 2016 art. 36-41 set minimum periods from the dispatch of the notice: 30 days for an open procedure above the EU threshold with electronic submission (35 without), 30 days for requests to participate in a two-stage procedure, 22 days in the Belgian simplified negotiated procedure with prior publication. Under 15 days is a red flag in any advertised procedure.',
      howToFix: 'Set the time limit for receipt of tenders at least the minimum number of calendar days after the dispatch of the notice, more when a site visit is needed.',
      examples: {
        valid: [
          { text: 'De opdracht wordt geplaatst bij openbare procedure.\n\nDe offertes moeten uiterlijk op 21 april 2026 om 10.00 uur toekomen, 37 dagen na verzending van de aankondiging.' },
        ],
        invalid: [
          { text: 'In deze openbare procedure met Europese bekendmaking moeten de offertes binnen 14 dagen na publicatie toekomen.', messageId: 'tooShort' },
        ],
      },
    },
  },
  check(context) {
    const minimum = minimumFor(context);
    if (!minimum) return;
    const lang = context.language;
    const basis = {
      open: { nl: 'In een openbare procedure boven de Europese drempel is dat minstens 30 dagen (bij elektronische indiening).', fr: 'En procédure ouverte au-dessus du seuil européen, le minimum est de 30 jours (dépôt électronique).', en: 'In an open procedure above the EU threshold the minimum is 30 days (electronic submission).' },
      twoStage: { nl: 'In een procedure in twee fasen boven de Europese drempel is dat minstens 30 dagen voor de aanvragen tot deelneming.', fr: 'Dans une procédure en deux phases au-dessus du seuil européen, le minimum est de 30 jours pour les demandes de participation.', en: 'In a two-stage procedure above the EU threshold the minimum is 30 days for requests to participate.' },
      simplified: { nl: 'In een vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking is dat minstens 22 dagen.', fr: 'En procédure négociée directe avec publication préalable, le minimum est de 22 jours.', en: 'In the simplified negotiated procedure with prior publication the minimum is 22 days.' },
      floor: { nl: 'In elke bekendgemaakte procedure is minder dan 15 dagen te kort.', fr: 'Dans toute procédure publiée, moins de 15 jours est trop court.', en: 'In any advertised procedure, less than 15 days is too short.' },
    }[minimum.basis][lang];
    const deadline = context.facts.deadline[0];
    // Without a deadline the publication date is not needed: reading it scans the whole document.
    const published = deadline ? (context.facts.publicationDate[0] ?? publicationDateInText(context)) : undefined;
    if (published && deadline) {
      const days = daysBetween(published.value, deadline.value);
      if (days < 0 || days >= minimum.days) return;
      const block = context.document.blocks[deadline.evidence.blockId];
      context.report({ messageId: 'tooShort', data: { days, minimum: minimum.days, basis, published: published.evidence.raw }, block, start: deadline.evidence.start, end: deadline.evidence.end });
      return;
    }
    for (const block of context.document.blocks) {
      if (!HINTS.days.test(block.text)) continue;
      const m = RELATIVE_TIME_LIMIT.exec(block.text);
      if (!m) continue;
      const days = Number(m[1] ?? m[2] ?? m[3]);
      if (days >= minimum.days) continue;
      const s = context.sentences(block).find((x) => x.start <= m.index && m.index < x.end);
      if (!TENDERS.test(s?.text ?? block.text)) continue;
      context.report({ messageId: 'tooShort', data: { days, minimum: minimum.days, basis, published: { nl: 'publicatie', fr: 'publication', en: 'publication' }[lang] }, block, start: s?.start ?? m.index, end: s?.end ?? m.index + m[0].length });
      return;
    }
  },
};

export default rule;
