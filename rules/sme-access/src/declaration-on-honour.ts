/**
 * sme-access/declaration-on-honour: certificates the authority can consult itself (social security,
 * tax debts, bankruptcy, criminal record) are not to be enclosed with the tender.
 */
import { defineRule, type Block, type Sentence } from '@tenderlint/core';
import { CERTIFICATE_DOCUMENT, CERTIFICATE_PREFILTER, CERTIFICATE_TOPIC, NOT_WITH_TENDER, ONLY_WINNER, WITH_TENDER } from './data/certificate-cues.js';

/** How many blocks back a list of certificates may be introduced ("... bij de offerte te voegen:"). */
const LIST_LOOKBACK = 4;

export default defineRule({
  meta: {
    id: 'sme-access/declaration-on-honour',
    pack: 'sme-access',
    principle: ['2.3'],
    legal: 'KB 18 april 2017 (KBP) art. 38-39; plan 2.3 (administratieve lasten)',
    severity: 'warning',
    messages: {
      enclose: {
        nl: 'De inschrijver moet attesten bij zijn offerte voegen (sociale zekerheid, fiscale schulden, faillissement of strafregister) die de aanbestedende overheid zelf kan raadplegen via Telemarc of opvragen. Dat is een nodeloze administratieve last voor KMO\'s (plan 2.3); de inschrijver verklaart op erewoord dat hij niet uitgesloten is, en de overheid controleert zelf of vraagt de bewijzen alleen aan de best gerangschikte inschrijver (KBP art. 38-39). Schrap de verplichting om deze attesten bij de offerte te voegen.',
        fr: "Le soumissionnaire doit joindre à son offre des attestations (sécurité sociale, dettes fiscales, faillite ou casier judiciaire) que le pouvoir adjudicateur peut consulter lui-même via Telemarc ou Digiflow. C'est une charge administrative inutile pour les PME (plan 2.3) : le soumissionnaire déclare sur l'honneur qu'il n'est pas exclu, et le pouvoir adjudicateur vérifie lui-même ou ne demande les preuves qu'au soumissionnaire pressenti (AR du 18 avril 2017 art. 38-39). Supprimez l'obligation de joindre ces attestations à l'offre.",
        en: 'Tenderers must enclose certificates with their tender (social security, tax debts, bankruptcy or criminal record) that the authority can consult itself in national databases. That is a needless administrative burden on SMEs (plan 2.3): tenderers declare on their honour that they are not excluded, and the authority checks itself or asks the evidence only from the tenderer to be awarded (Royal Decree of 18 April 2017 art. 38-39). Remove the duty to enclose these certificates with the tender.',
      },
    },
    suggestions: {
      declaration: {
        nl: 'Door het indienen van zijn offerte verklaart de inschrijver op erewoord dat hij zich niet in een uitsluitingssituatie bevindt. De aanbestedende overheid gaat de toestand inzake sociale zekerheid, belastingen en faillissement zelf na via Telemarc en vraagt de overige bewijsstukken enkel op bij de best gerangschikte inschrijver, vóór de gunning.',
        fr: "Par le dépôt de son offre, le soumissionnaire déclare sur l'honneur qu'il ne se trouve pas dans une situation d'exclusion. Le pouvoir adjudicateur vérifie lui-même la situation en matière de sécurité sociale, de dettes fiscales et de faillite via Telemarc et ne demande les autres preuves qu'au soumissionnaire le mieux classé, avant l'attribution.",
        en: 'By submitting a tender, the tenderer declares on its honour that it is not in a situation of exclusion. The authority checks social security, tax and bankruptcy status itself in national databases and asks other evidence only from the best-ranked tenderer, before award.',
      },
    },
    docs: {
      description: 'Flags certificates that the authority can consult itself (social security, tax debts, bankruptcy, criminal record) when they must be enclosed with the tender.',
      rationale:
        'Belgian law lets the tenderer declare on its honour that it is not in a situation of exclusion; the authority consults social-security, tax and bankruptcy data itself (Telemarc, Digiflow) and asks other evidence only from the tenderer it intends to award (KBP art. 38-39). Plan 2.3 asks to limit the administrative burden on SMEs.',
      howToFix: 'Remove the list of certificates to enclose; write that the tender counts as a declaration on honour and that the authority checks via Telemarc or asks the evidence from the best-ranked tenderer before award.',
      examples: {
        valid: [
          { text: 'De gemeente gaat zelf via Telemarc na of de inschrijver in orde is met zijn sociale en fiscale verplichtingen. De inschrijver hoeft die attesten niet bij zijn offerte te voegen.' },
          { text: 'De inschrijver die als eerste gerangschikt is, bezorgt vóór de gunning een uittreksel uit het strafregister.', note: 'Only from the tenderer to be awarded.' },
        ],
        invalid: [
          {
            text: 'De inschrijver voegt bij zijn offerte een attest van de RSZ waaruit blijkt dat hij in orde is met zijn sociale bijdragen.',
            messageId: 'enclose',
          },
          { text: "Le soumissionnaire joint à son offre une attestation de non-faillite.", lang: 'fr', messageId: 'enclose' },
        ],
      },
    },
  },

  check(context) {
    const blocks = context.document.blocks;
    for (const block of blocks) {
      if (!CERTIFICATE_PREFILTER.test(block.text) || !CERTIFICATE_TOPIC.test(block.text) || !CERTIFICATE_DOCUMENT.test(block.text)) continue;
      for (const s of context.sentences(block)) {
        if (!CERTIFICATE_TOPIC.test(s.text) || !CERTIFICATE_DOCUMENT.test(s.text)) continue;
        if (NOT_WITH_TENDER.test(s.text) || ONLY_WINNER.test(s.text)) continue;
        const underEnclosureHeading = block.headingPath.length > 0 && WITH_TENDER.test(block.headingPath.at(-1)!);
        if (!WITH_TENDER.test(s.text) && !underEnclosureHeading && !introducedAsEnclosure(blocks, block, context.sentences.bind(context))) continue;
        context.report({ messageId: 'enclose', block, start: s.start, end: s.end, suggestion: { messageId: 'declaration', replace: true } });
        break;
      }
    }
  },
});

/**
 * A list item (or dash paragraph) under an introduction that says the items go with the tender:
 * "Les preuves énumérées ci-après doivent être fournies avec l'offre:" followed by "— E1: extrait ...".
 */
function introducedAsEnclosure(blocks: Block[], block: Block, sentences: (b: Block) => Sentence[]): boolean {
  const isItem = block.kind === 'list-item' || /^\s*(?:[-–—•*]|\(?[a-z0-9]{1,3}[.)])\s/iu.test(block.text);
  if (!isItem) return false;
  for (let i = block.id - 1; i >= 0 && i >= block.id - LIST_LOOKBACK; i--) {
    const prev = blocks[i]!;
    if (prev.kind === 'heading') return false;
    const intro = sentences(prev).find((s) => WITH_TENDER.test(s.text));
    if (intro) return !NOT_WITH_TENDER.test(intro.text) && !ONLY_WINNER.test(intro.text);
  }
  return false;
}
