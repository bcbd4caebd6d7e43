import { BELGIAN_TRIGGERS, type Block, type Rule } from '@tenderlint/core';
import { ACCREDITATION, DIRECT_ONLY, HINTS, MATCHING_SHARE, SUBCONTRACTOR, WHOLE_CHAIN } from './data/cues.js';
import { valueFor } from './scope.js';

const rule: Rule = {
  meta: {
    id: 'accreditation/subcontractors',
    pack: 'accreditation',
    principle: ['2.5.2'],
    legal: 'Vlaams plan overheidsopdrachten 2016-2020, 2.5.2; Wet 17 juni 2016, art. 86; KB 14 januari 2013, art. 78/1',
    severity: 'error',
    messages: {
      noChainClause: {
        nl: 'Het bestek eist niet dat elke onderaannemer, ongeacht zijn plaats in de keten, erkend is in de (onder)categorie en klasse die overeenstemt met zijn deel van de werken. Het Vlaams plan overheidsopdrachten (2.5.2) vraagt dat uitdrukkelijk, om sociale dumping via onderaanneming tegen te gaan (wet 17 juni 2016, art. 86; KB 14 januari 2013, art. 78/1). Voeg die bepaling toe aan de clausule over onderaanneming.',
        fr: 'Le cahier des charges n\'exige pas que chaque sous-traitant, quelle que soit sa place dans la chaîne, soit agréé dans la (sous-)catégorie et la classe correspondant à sa part des travaux. Le plan flamand (2.5.2) le demande expressément, pour lutter contre le dumping social par la sous-traitance (loi du 17 juin 2016, art. 86 ; AR du 14 janvier 2013, art. 78/1). Ajoutez cette disposition à la clause relative à la sous-traitance.',
        en: 'The specification does not require every subcontractor, wherever in the chain, to be accredited in the (sub)category and class matching its share of the works. The Flemish procurement plan (2.5.2) asks for this explicitly, against social dumping through subcontracting (law of 17 June 2016 art. 86; Royal Decree of 14 January 2013 art. 78/1). Add this to the subcontracting clause.',
      },
    },
    suggestions: {
      noChainClause: {
        nl: 'Onderaannemers zijn, ongeacht hun plaats in de keten, erkend in de (onder)categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren.',
        fr: 'Les sous-traitants, quelle que soit leur place dans la chaîne, sont agréés dans la (sous-)catégorie et la classe correspondant à la part du marché qu\'ils exécutent.',
        en: 'Subcontractors, wherever they are in the chain, are accredited in the (sub)category and class matching the share of the contract they carry out.',
      },
    },
    docs: {
      description: 'Works: flags a specification that does not require every subcontractor in the chain to be accredited for its share of the works.',
      rationale:
        'Plan 2.5.2 asks, word for word, that works contracts require the accreditation of subcontractors wherever they are in the chain, in the category and class matching their share, to fight social dumping. The Belgian law of 17 June 2016 (art. 86) and the general execution rules (KB 14 January 2013, art. 78/1) carry this. A clause that covers only the direct subcontractors does not count.',
      howToFix: 'Add to the subcontracting clause: "Onderaannemers zijn, ongeacht hun plaats in de keten, erkend in de (onder)categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren."',
      examples: {
        valid: [
          { text: 'Dit is een opdracht voor werken.\n\nOnderaannemers zijn, ongeacht hun plaats in de keten, erkend in de (onder)categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren.' },
        ],
        invalid: [
          { text: 'Dit is een opdracht voor werken.\n\nDe aannemer mag vrij onderaannemers inschakelen.', messageId: 'noChainClause' },
        ],
      },
    },
  },
  check(context) {
    if (context.facts.contractType?.value !== 'works') return;
    const value = valueFor(context, null);
    if (value !== undefined && value < BELGIAN_TRIGGERS.accreditationCategory) return;
    // Where the finding goes: a clause on the subcontractors' accreditation, else the first paragraph on subcontracting.
    let accreditationClause: Block | undefined;
    let clause: Block | undefined;
    for (const block of context.document.blocks) {
      if (!HINTS.subcontractor.test(block.text) || !SUBCONTRACTOR.test(block.text)) continue;
      if (block.kind !== 'heading') clause ??= block;
      for (const s of context.sentences(block)) {
        if (!SUBCONTRACTOR.test(s.text) || !ACCREDITATION.test(s.text) || !MATCHING_SHARE.test(s.text)) continue;
        const directOnly = DIRECT_ONLY.test(s.text) && !/onrechtstreek|indirect/iu.test(s.text);
        if (WHOLE_CHAIN.test(s.text) && !directOnly) return;
        accreditationClause ??= block;
      }
    }
    const heading = context.facts.sectionHeadings.subcontracting;
    const at = accreditationClause ?? clause ?? (heading !== undefined ? context.document.blocks[heading] : context.anchorFor('subcontracting', 'execution'));
    if (!at) return;
    context.report({ messageId: 'noChainClause', block: at, missing: true, suggestion: { messageId: 'noChainClause' } });
  },
};

export default rule;
