/**
 * e-procurement/e-submission: tenders are submitted electronically. Flags paper, post, e-mail or
 * hand delivery of tenders, and a part on how to submit that names no electronic channel.
 */
import { defineRule, type Block } from '@tenderlint/core';
import {
  ELECTRONIC_SUBMISSION,
  NON_ELECTRONIC_CHANNEL,
  NOT_THE_TENDER,
  OTHER_REASON,
  CLAUSE_BREAK,
  OCDS_SUBMISSION_METHOD,
  REFUSAL,
  SUBMISSION_ACT,
  HOW_SUBMITTED,
  PLATFORM_PREFILTER,
  SUBMISSION_HEADING,
  SUBMISSION_PLATFORM,
  CHANNEL_PREFILTER,
  SUBMISSION_PREFILTER,
  TENDER_SUBJECT,
} from './data/channel-cues.js';

export default defineRule({
  meta: {
    id: 'e-procurement/e-submission',
    pack: 'e-procurement',
    principle: ['2.2'],
    legal: 'Wet 17 juni 2016 art. 14',
    severity: 'error',
    messages: {
      nonElectronic: {
        nl: 'Offertes moeten hier op papier, per post, per e-mail of met de hand worden ingediend. Sinds 1 januari 2020 verloopt de communicatie en het indienen van offertes voor alle opdrachten elektronisch (wet 17 juni 2016 art. 14), op een platform dat de vertrouwelijkheid en het tijdstip van ontvangst waarborgt; een e-mail doet dat niet. Plan 2.2 vraagt end-to-end e-procurement. Laat de offertes indienen via e-Tendering (www.publicprocurement.be).',
        fr: "Les offres doivent ici être déposées sur papier, par la poste, par e-mail ou en mains propres. Depuis le 1er janvier 2020, la communication et le dépôt des offres se font par voie électronique pour tous les marchés (loi du 17 juin 2016 art. 14), sur une plateforme qui garantit la confidentialité et l'heure de réception ; un e-mail ne le fait pas. Le plan 2.2 demande l'e-procurement de bout en bout. Faites déposer les offres via e-Tendering (www.publicprocurement.be).",
        en: 'Tenders are to be submitted on paper, by post, by e-mail or by hand. Electronic communication and submission are mandatory for all contracts (Belgian law of 17 June 2016 art. 14; Directive 2014/24/EU art. 22), on a platform that secures confidentiality and the time of receipt; e-mail does not. Plan 2.2 asks for end-to-end e-procurement. Have tenders submitted through an electronic platform (e-Tendering).',
      },
      noElectronicChannel: {
        nl: 'Dit deel beschrijft hoe de offertes worden ingediend, maar noemt geen elektronisch kanaal. Het indienen van offertes verloopt verplicht elektronisch (wet 17 juni 2016 art. 14; plan 2.2). Vermeld dat de offertes worden ingediend via e-Tendering (www.publicprocurement.be).',
        fr: "Cette partie décrit le dépôt des offres mais ne nomme aucun canal électronique. Le dépôt des offres se fait obligatoirement par voie électronique (loi du 17 juin 2016 art. 14 ; plan 2.2). Indiquez que les offres sont déposées via e-Tendering (www.publicprocurement.be).",
        en: 'This part says how tenders are submitted but names no electronic channel. Submission must be electronic (Belgian law of 17 June 2016 art. 14; Directive 2014/24/EU art. 22; plan 2.2). State the electronic platform through which tenders are submitted.',
      },
    },
    suggestions: {
      eTendering: {
        nl: 'De offerte wordt elektronisch ingediend via e-Tendering (www.publicprocurement.be) en ondertekend met een gekwalificeerde elektronische handtekening.',
        fr: "L'offre est déposée par voie électronique via e-Tendering (www.publicprocurement.be) et signée au moyen d'une signature électronique qualifiée.",
        en: 'Tenders are submitted electronically through the e-Tendering platform and signed with a qualified electronic signature.',
      },
    },
    docs: {
      description: 'Flags tenders to be submitted on paper, by post, by e-mail or by hand, and a submission part that names no electronic channel.',
      rationale:
        'Since 1 January 2020 Belgian law (Wet 17 juni 2016 art. 14) makes electronic communication, including the submission of tenders, mandatory for all contracts, apart from narrow exceptions such as physical samples. Plan 2.2 aims at end-to-end e-procurement. An e-mailbox does not guarantee the confidentiality and time stamp that a platform gives.',
      howToFix: 'Write that tenders are submitted through e-Tendering (www.publicprocurement.be) with a qualified electronic signature. Samples or models may still be delivered physically.',
      examples: {
        valid: [
          { text: 'De offerte wordt elektronisch ingediend via het e-Procurement-platform (www.publicprocurement.be).' },
          { text: 'Tenders submitted by e-mail or on paper are not accepted.', lang: 'en' },
          { text: 'De offertes worden ingediend via e-Tendering. Papieren offertes zijn niet geldig.', note: 'A refusal of paper tenders, in any wording, is compliant.' },
          { text: 'De offertes moeten uiterlijk op 21 april 2026 om 10.00 uur toekomen.', note: 'Only a deadline: says nothing about the channel.' },
        ],
        invalid: [
          { text: 'De offerte wordt in drievoud op papier afgegeven aan het onthaal.', messageId: 'nonElectronic' },
          { text: "L'offre est envoyée par courrier recommandé à l'adresse du pouvoir adjudicateur.", lang: 'fr', messageId: 'nonElectronic' },
        ],
      },
    },
  },

  check(context) {
    const blocks = context.document.blocks;
    let electronicNamed = false;
    let reported = false;
    // One finding per section: the clause that sets the channel, not each copy or envelope it mentions.
    const sectionsReported = new Set<number>();

    for (const block of blocks) {
      const text = block.text;
      if (!electronicNamed && PLATFORM_PREFILTER.test(text) && SUBMISSION_PLATFORM.test(text)) electronicNamed = true;
      if (!SUBMISSION_PREFILTER.test(text)) continue;
      const ocds = OCDS_SUBMISSION_METHOD.exec(text);
      if (ocds) {
        if (/electronic/iu.test(ocds[1]!)) electronicNamed = true;
        else if (/written|paper|post|hand/iu.test(ocds[1]!)) {
          context.report({ messageId: 'nonElectronic', block, start: ocds.index, end: ocds.index + ocds[0].length, suggestion: { messageId: 'eTendering' } });
          reported = true;
        }
      }
      const mayBeAboutTenders = TENDER_SUBJECT.test(text) || SUBMISSION_ACT.test(text);
      if (!mayBeAboutTenders) continue;
      const tenderInBlock = TENDER_SUBJECT.test(text) || TENDER_SUBJECT.test(block.headingPath.at(-1) ?? '');
      for (const s of context.sentences(block)) {
        const act = SUBMISSION_ACT.test(s.text);
        const aboutTenders = TENDER_SUBJECT.test(s.text) || (tenderInBlock && act);
        if ((aboutTenders || act) && ELECTRONIC_SUBMISSION.test(s.text) && !REFUSAL.test(s.text)) electronicNamed = true;
        if (!aboutTenders) continue;
        const channel = CHANNEL_PREFILTER.test(s.text) && NON_ELECTRONIC_CHANNEL.exec(s.text);
        if (!channel || refusesChannel(s.text) || NOT_THE_TENDER.test(s.text)) continue;
        reported = true;
        if (sectionsReported.has(block.headingId)) continue;
        sectionsReported.add(block.headingId);
        context.report({ messageId: 'nonElectronic', block, start: s.start, end: s.end, suggestion: { messageId: 'eTendering' } });
      }
    }
    if (reported || electronicNamed) return;

    for (const heading of blocks) {
      if (heading.kind !== 'heading' || !SUBMISSION_HEADING.test(heading.text)) continue;
      const section = sectionOf(blocks, heading);
      // A section that only gives the deadline says nothing about the channel.
      const saysHow = section.some((b) => HOW_SUBMITTED.test(b.text));
      if (saysHow && !section.some((b) => ELECTRONIC_SUBMISSION.test(b.text))) {
        context.report({ messageId: 'noElectronicChannel', block: heading, missing: true, suggestion: { messageId: 'eTendering' } });
      }
      return;
    }
  },
});

/**
 * The sentence refuses the channel it names ("Papieren offertes zijn niet geldig"), not a tender for
 * another reason while it prescribes the channel ("per post, anders is zij ongeldig"; "te laat").
 */
function refusesChannel(text: string): boolean {
  if (!REFUSAL.test(text)) return false;
  if (!OTHER_REASON.test(text)) return true;
  return text.split(CLAUSE_BREAK).some((clause) => REFUSAL.test(clause) && NON_ELECTRONIC_CHANNEL.test(clause));
}

/** The blocks under a heading, up to the next heading of the same or a higher level. */
function sectionOf(blocks: Block[], heading: Block): Block[] {
  const out: Block[] = [];
  for (let i = heading.id + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && (b.depth ?? 1) <= (heading.depth ?? 1)) break;
    out.push(b);
  }
  return out;
}
