import { type Rule } from '@tenderlint/core';
import { ELSEWHERE_ACCEPTED, EXECUTOR, EXPERIENCE, HAVE_ESTABLISHMENT, HINTS, LOCALITY, namesEstablishment, OBLIGATION, ONLY, PARTICIPANT, PARTICIPATION_CONDITION, PRIVATE_CLIENT, PUBLIC_OR_REGIONAL_CLIENT, REFERENCES, REGIONAL_PUBLIC_EXPERIENCE } from './data/cues.js';

const rule: Rule = {
  meta: {
    id: 'proportionality/no-local-preference',
    pack: 'proportionality',
    principle: ['2.3', '2.4'],
    legal: 'Richtlijn 2014/24/EU art. 18(1) (gelijke behandeling, non-discriminatie)',
    severity: 'error',
    messages: {
      establishment: {
        nl: 'Een vestiging, kantoor of depot in een bepaalde streek of binnen een afstand wordt gevraagd om te mogen deelnemen. Dat bevoordeelt lokale ondernemingen en is in strijd met de gelijke behandeling (Vlaams plan overheidsopdrachten 2.3 en 2.4; richtlijn 2014/24/EU art. 18(1)). Stel wat u nodig hebt als uitvoeringsvoorwaarde voor de gekozen opdrachtnemer, bijvoorbeeld een interventietermijn.',
        fr: 'Un établissement, bureau ou dépôt dans une région ou à une distance donnée est exigé pour pouvoir participer. Cela favorise les entreprises locales et méconnaît l\'égalité de traitement (plan flamand 2.3 et 2.4 ; directive 2014/24/UE, art. 18, §1). Formulez ce dont vous avez besoin comme condition d\'exécution pour l\'adjudicataire, par exemple un délai d\'intervention.',
        en: 'An establishment, office or depot in a region or within a distance is required to take part. That favours local firms and breaks equal treatment (Flemish procurement plan 2.3 and 2.4; Directive 2014/24/EU art. 18(1)). State what you need as a condition of performance for the contractor chosen, such as a response time.',
      },
      publicReferences: {
        nl: 'Alleen referenties van (Vlaamse of Belgische) overheden worden aanvaard. Ervaring bij overheden mag geen voorwaarde zijn: gelijkaardige opdrachten voor private klanten tonen dezelfde bekwaamheid (Vlaams plan overheidsopdrachten 2.3 en 2.4; richtlijn 2014/24/EU art. 18(1)). Aanvaard referenties van publieke en private opdrachtgevers.',
        fr: 'Seules les références de pouvoirs publics (flamands ou belges) sont acceptées. L\'expérience auprès de pouvoirs publics ne peut être une condition : des marchés similaires pour des clients privés démontrent la même capacité (plan flamand 2.3 et 2.4 ; directive 2014/24/UE, art. 18, §1). Acceptez les références de clients publics et privés.',
        en: 'Only references for (Flemish or Belgian) public authorities are accepted. Experience with public bodies may not be a condition: similar work for private clients shows the same ability (Flemish procurement plan 2.3 and 2.4; Directive 2014/24/EU art. 18(1)). Accept references from public and private clients.',
      },
    },
    suggestions: {
      establishment: {
        nl: 'De opdrachtnemer is tijdens de uitvoering binnen twee uur na de oproep ter plaatse.',
        fr: 'Pendant l\'exécution, l\'adjudicataire est sur place dans les deux heures suivant l\'appel.',
        en: 'During performance, the contractor is on site within two hours of a call.',
      },
      publicReferences: {
        nl: 'Referenties van publieke en private opdrachtgevers worden aanvaard als de opdracht vergelijkbaar is in aard en omvang.',
        fr: 'Les références de clients publics et privés sont acceptées si le marché est comparable par sa nature et son ampleur.',
        en: 'References from public and private clients are accepted when the work is comparable in nature and size.',
      },
    },
    docs: {
      description: 'Flags selection conditions that favour local or public-sector experience: an office or depot in a region or within a distance, or references accepted only from public authorities.',
      rationale:
        'Plan 2.3 and 2.4 ask for open, non-discriminatory access. An establishment in the region as a condition to take part, or experience only with (Flemish) public authorities, excludes firms that are just as able (Directive 2014/24/EU art. 18(1)). A place or response time needed for the work belongs in the execution conditions, for the contractor chosen.',
      howToFix: 'Drop the condition from selection; ask a response time or presence on site from the contractor during execution, and accept references from public and private clients.',
      examples: {
        valid: [
          { text: 'De opdrachtnemer is bij een storing binnen 2 uur na de oproep ter plaatse.', note: 'Een uitvoeringsvoorwaarde, geen deelnamevoorwaarde.' },
          { text: 'Referenties van publieke of private opdrachtgevers worden aanvaard als de opdracht vergelijkbaar is in aard en omvang.' },
        ],
        invalid: [
          { text: 'Enkel referenties voor Vlaamse openbare besturen worden aanvaard.', messageId: 'publicReferences' },
          { text: 'Om geselecteerd te worden beschikt de inschrijver over een vestiging binnen een straal van 25 km rond het stadhuis.', messageId: 'establishment' },
        ],
      },
    },
  },
  check(context) {
    const selectionBlocks = new Set(context.blocksIn('selection').map((b) => b.id));
    const executionBlocks = new Set(context.blocksIn('execution').map((b) => b.id));
    for (const block of context.document.blocks) {
      if (block.kind === 'heading') continue;
      const text = block.text;
      // The two hints have different flags, so anyOf would scan twice too; testing them directly saves
      // scanning the hinted blocks a second time.
      const establishmentHint = HINTS.establishment.test(text);
      if (!establishmentHint && !HINTS.references.test(text)) continue;
      const maybeEstablishment = establishmentHint && namesEstablishment(text) && LOCALITY.test(text);
      const maybeReferences =
        (ONLY.test(text) && REFERENCES.test(text) && PUBLIC_OR_REGIONAL_CLIENT.test(text)) || (REGIONAL_PUBLIC_EXPERIENCE.test(text) && (EXPERIENCE.test(text) || REFERENCES.test(text)));
      if (!maybeEstablishment && !maybeReferences) continue;
      const inSelection = selectionBlocks.has(block.id);
      for (const s of context.sentences(block)) {
        if (maybeEstablishment && namesEstablishment(s.text) && LOCALITY.test(s.text) && HAVE_ESTABLISHMENT.test(s.text) && !ELSEWHERE_ACCEPTED.test(s.text)) {
          const participant = PARTICIPANT.test(s.text) && !EXECUTOR.test(s.text) && !executionBlocks.has(block.id);
          const condition = PARTICIPATION_CONDITION.test(s.text) || (inSelection && !EXECUTOR.test(s.text));
          if (participant || condition) {
            context.report({ messageId: 'establishment', block, start: s.start, end: s.end, suggestion: { messageId: 'establishment' } });
            break;
          }
        }
        const onlyPublic = ONLY.test(s.text) && REFERENCES.test(s.text) && PUBLIC_OR_REGIONAL_CLIENT.test(s.text);
        // Experience or references demanded with Flemish or Belgian public bodies, "only" or not.
        const regionalPublic = REGIONAL_PUBLIC_EXPERIENCE.test(s.text) && (EXPERIENCE.test(s.text) || REFERENCES.test(s.text)) && (OBLIGATION.test(s.text) || ONLY.test(s.text) || inSelection);
        if (maybeReferences && (onlyPublic || regionalPublic) && !PRIVATE_CLIENT.test(s.text)) {
          context.report({ messageId: 'publicReferences', block, start: s.start, end: s.end, suggestion: { messageId: 'publicReferences' } });
          break;
        }
      }
    }
  },
};

export default rule;
