/**
 * integrity/exclusion-grounds: from €30,000 (or when the value is unknown) the documents address
 * the exclusion grounds: who may not take part (convictions, tax and social-security debts,
 * bankruptcy, grave misconduct, conflicts of interest, ...).
 */
import { BELGIAN_TRIGGERS, defineRule } from '@tenderlint/core';
import { CLEARANCE, DEBT_OR_RECORD, EXCLUDED, EXCLUSION_ARTICLES, EXCLUSION_NAMED, EXCLUSION_PREFILTER, EXCLUSION_SITUATION, OFFENCE, OFFENCES_FOR_A_LIST } from './data/exclusion-cues.js';

export default defineRule({
  meta: {
    id: 'integrity/exclusion-grounds',
    pack: 'integrity',
    principle: ['2.4'],
    legal: 'Wet 17 juni 2016 art. 67-69; richtlijn 2014/24/EU art. 57',
    severity: 'warning',
    messages: {
      missing: {
        nl: 'Het bestek zegt niets over de uitsluitingsgronden. De verplichte en facultatieve uitsluitingsgronden (veroordelingen, sociale en fiscale schulden, faillissement, ernstige fout, belangenconflict, ...) van de artikelen 67 tot 69 van de wet van 17 juni 2016 (richtlijn 2014/24/EU art. 57) gelden voor deze opdracht; vermeld ze en zeg hoe de inschrijver verklaart dat hij er niet onder valt. Een integere overheidsopdracht is een principe van plan 2.4.',
        fr: "Le cahier des charges ne dit rien des motifs d'exclusion. Les motifs d'exclusion obligatoires et facultatifs (condamnations, dettes sociales et fiscales, faillite, faute grave, conflit d'intérêts, ...) des articles 67 à 69 de la loi du 17 juin 2016 (directive 2014/24/UE art. 57) s'appliquent à ce marché ; mentionnez-les et dites comment le soumissionnaire déclare ne pas s'y trouver. L'intégrité des marchés publics est un principe du plan 2.4.",
        en: 'The document says nothing about exclusion grounds. The mandatory and discretionary exclusion grounds (convictions, tax and social-security debts, bankruptcy, grave misconduct, conflicts of interest, ...) of Directive 2014/24/EU art. 57 (Belgian law of 17 June 2016 art. 67-69) apply to this contract; state them and say how tenderers declare they are not in any of them. Integrity is a principle of plan 2.4.',
      },
    },
    suggestions: {
      exclusionClause: {
        nl: 'De uitsluitingsgronden van de artikelen 67 tot 69 van de wet van 17 juni 2016 zijn van toepassing. De inschrijver verklaart in het UEA (of, onder de Europese drempel, door het loutere feit van de indiening van zijn offerte, op erewoord) dat hij zich niet in een van die situaties bevindt. De aanbestedende overheid gaat de sociale en fiscale toestand zelf na via Telemarc.',
        fr: "Les motifs d'exclusion des articles 67 à 69 de la loi du 17 juin 2016 s'appliquent. Le soumissionnaire déclare dans le DUME (ou, sous le seuil européen, par le seul fait du dépôt de son offre, sur l'honneur) qu'il ne se trouve dans aucune de ces situations. Le pouvoir adjudicateur vérifie lui-même la situation sociale et fiscale via Telemarc.",
        en: 'The exclusion grounds of Article 57 of Directive 2014/24/EU apply. Tenderers declare in the ESPD that they are not in any of those situations; the authority verifies the evidence of the tenderer to be awarded before award.',
      },
    },
    docs: {
      description: 'Flags documents of €30,000 or more (or of unknown value) that do not address exclusion grounds.',
      rationale:
        'Exclusion grounds (Wet 17 juni 2016 art. 67-69, Directive 2014/24/EU art. 57) keep tenderers with convictions, unpaid taxes or social-security contributions, bankruptcy or grave misconduct out of public contracts. Plan 2.4 makes integrity one of the principles of Flemish procurement. Naming the UEA only for the selection criteria does not address exclusion.',
      howToFix: 'Add a section "Uitsluitingsgronden" that declares articles 67 to 69 of the law of 17 June 2016 applicable and says how tenderers declare they are not excluded (UEA or implicit declaration on honour).',
      examples: {
        valid: [
          { text: '## Uitsluitingsgronden\n\nDe uitsluitingsgronden van de artikelen 67 tot 69 van de wet van 17 juni 2016 zijn van toepassing.' },
          { text: 'Door het indienen van zijn offerte verklaart de inschrijver impliciet op erewoord dat hij zich niet bevindt in een van de situaties van uitsluiting.' },
        ],
        invalid: [{ text: '# Bestek\n\n## Selectiecriteria\n\nDe inschrijver verklaart in het UEA dat hij aan de selectiecriteria voldoet.', messageId: 'missing' }],
      },
    },
  },

  check(context) {
    const value = context.facts.estimatedValue?.value;
    if (value && value.currency === 'EUR' && value.amount < BELGIAN_TRIGGERS.exclusionGrounds) return;
    const offences = new Set<string>();
    for (const block of context.document.blocks) {
      const text = block.text;
      if (!EXCLUSION_PREFILTER.test(text)) continue;
      if (EXCLUSION_NAMED.test(text) || EXCLUSION_ARTICLES.test(text)) return;
      for (const m of text.matchAll(OFFENCE)) offences.add(m[0].toLowerCase().slice(0, 6));
      if (offences.size >= OFFENCES_FOR_A_LIST) return;
      const excluded = EXCLUDED.test(text) && EXCLUSION_SITUATION.test(text);
      const cleared = DEBT_OR_RECORD.test(text) && CLEARANCE.test(text);
      if (!excluded && !cleared) continue;
      for (const s of context.sentences(block)) {
        if (EXCLUDED.test(s.text) && EXCLUSION_SITUATION.test(s.text)) return;
        if (DEBT_OR_RECORD.test(s.text) && CLEARANCE.test(s.text)) return;
      }
    }
    context.report({ messageId: 'missing', block: context.anchorFor('exclusion', 'selection'), missing: true, suggestion: { messageId: 'exclusionClause' } });
  },
});
