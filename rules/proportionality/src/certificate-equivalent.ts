import { EQUIVALENT_PATTERN, findGeneralEquivalenceClauses, unicodeWords, type Block, type Rule } from '@tenderlint/core';
import { CERTIFICATE_DEMAND, CERTIFIED_UNDER, CERT_HOLDER, HINTS, MANAGEMENT_CERTIFICATE, OBLIGATION, SECTOR_SCHEME } from './data/cues.js';

/** The shared pattern, with boundaries that also hold before "équivalent". */
const EQUIVALENT = unicodeWords(EQUIVALENT_PATTERN);

const rule: Rule = {
  meta: {
    id: 'proportionality/certificate-equivalent',
    pack: 'proportionality',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 62 (normen voor kwaliteitsbewaking en milieubeheer)',
    severity: 'warning',
    messages: {
      noEquivalent: {
        nl: 'Het certificaat {name} wordt gevraagd zonder dat gelijkwaardige certificaten of andere bewijzen van gelijkwaardige maatregelen worden aanvaard. Een onderneming zonder dat certificaat kan even goed werken; dit sluit vooral kmo\'s uit (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 62). Voeg toe: "of een gelijkwaardig certificaat of andere gelijkwaardige bewijsmiddelen".',
        fr: 'Le certificat {name} est exigé sans accepter de certificats équivalents ni d\'autres preuves de mesures équivalentes. Une entreprise sans ce certificat peut travailler aussi bien ; cela écarte surtout les PME (plan flamand 2.3 ; directive 2014/24/UE, art. 62). Ajoutez : « ou un certificat équivalent ou d\'autres preuves de mesures équivalentes ».',
        en: 'The certificate {name} is required without accepting equivalent certificates or other evidence of equivalent measures. A firm without that certificate can work just as well; this mainly shuts out SMEs (Flemish procurement plan 2.3; Directive 2014/24/EU art. 62). Add: "or an equivalent certificate, or other evidence of equivalent measures".',
      },
    },
    suggestions: {
      noEquivalent: {
        nl: ' Gelijkwaardige certificaten van in andere lidstaten gevestigde instellingen en andere bewijzen van gelijkwaardige maatregelen worden aanvaard.',
        fr: ' Les certificats équivalents délivrés par des organismes établis dans d\'autres États membres et d\'autres preuves de mesures équivalentes sont acceptés.',
        en: ' Equivalent certificates from bodies established in other Member States and other evidence of equivalent measures are accepted.',
      },
    },
    docs: {
      description: 'Flags a demand for a management-system certificate (ISO 9001, ISO 14001, ISO 45001, VCA, EMAS, CO2-prestatieladder, ...) that does not accept equivalent certificates or other proof.',
      rationale:
        'Plan 2.3 asks for selection demands that SMEs can meet. Directive 2014/24/EU art. 62 obliges the authority to accept equivalent certificates from bodies in other Member States and other evidence of equivalent quality-assurance or environmental-management measures. Naming one alternative system ("ISO 14001 of EMAS") is not accepting equivalents.',
      howToFix: 'Add "of gelijkwaardig" and accept other evidence of equivalent measures, in the same sentence or the next, or state once for the whole document that every certificate may be replaced by an equivalent.',
      examples: {
        valid: [
          { text: 'De inschrijver beschikt over een ISO 14001-certificaat of een gelijkwaardig certificaat; andere gelijkwaardige bewijsmiddelen worden aanvaard.' },
          { text: 'De inschrijver beschikt over een geldig VCA-certificaat. Een gelijkwaardig certificaat of een ander bewijs van gelijkwaardige veiligheidsmaatregelen wordt aanvaard.' },
        ],
        invalid: [
          { text: 'De inschrijver beschikt over een geldig ISO 14001-certificaat of een EMAS-registratie.', messageId: 'noEquivalent' },
        ],
      },
    },
  },
  check(context) {
    const accepted = new Set(
      context.facts.selection.certificates.filter((c) => c.equivalentAccepted).map((c) => `${c.evidence.blockId}:${c.evidence.start}`),
    );
    const blocks = context.document.blocks;
    let general: boolean | undefined;
    for (const block of blocks) {
      if (block.kind === 'heading' || !HINTS.certificate.test(block.text) || !(MANAGEMENT_CERTIFICATE.test(block.text) || CERTIFIED_UNDER.test(block.text) || SECTOR_SCHEME.test(block.text))) continue;
      const sentences = context.sentences(block);
      sentences.forEach((s, i) => {
        const scheme = MANAGEMENT_CERTIFICATE.exec(s.text);
        const certified = scheme ? null : CERTIFIED_UNDER.exec(s.text);
        // A sector scheme by its name's shape, held by the tenderer or its staff (not a product's mark).
        const sector = scheme || certified || !CERT_HOLDER.test(s.text) ? null : SECTOR_SCHEME.exec(s.text);
        const name = scheme ?? certified ?? sector;
        if (!name) return;
        if (scheme && !(CERTIFICATE_DEMAND.test(s.text) || OBLIGATION.test(s.text))) return;
        if (EQUIVALENT.test(s.text)) return;
        const next = sentences[i + 1]?.text ?? firstSentenceAfter(block, blocks);
        if (next && EQUIVALENT.test(next)) return;
        // "Gelijkwaardige certificaten worden aanvaard." just before the demand accepts them too.
        if (i > 0 && EQUIVALENT.test(sentences[i - 1]!.text)) return;
        const at = s.start + name.index;
        if (accepted.has(`${block.id}:${at}`)) return;
        general ??= findGeneralEquivalenceClauses(context.document).some((c) => c.covers.has('certificate'));
        if (general) return;
        const shown = scheme ? scheme[0] : certified ? standardAfter(s.text, certified) : (sector![1] ?? sector![2])!;
        context.report({ messageId: 'noEquivalent', data: { name: shown }, block, start: s.start, end: s.end, suggestion: { messageId: 'noEquivalent' } });
      });
    }
  },
};

/** The standard a certification refers to ("NBN EN 287-1"), read from where the match ends. */
function standardAfter(text: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  const from = text.slice(0, end).search(/(?:NBN|EN|ISO|IEC|DIN|NF|BS|CEN)$/u);
  const code = /^(?:(?:NBN|EN|ISO|IEC|DIN|NF|BS|CEN)\s*)+\d[\w.:/-]*/u.exec(text.slice(from < 0 ? end : from));
  return code ? code[0] : match[0];
}

/** The next block's text when a sentence ends its block (a list item continued by the next). */
function firstSentenceAfter(block: Block, blocks: Block[]): string | undefined {
  const next = blocks[block.id + 1];
  if (!next || next.kind === 'heading') return undefined;
  return next.text.split(/(?<=[.;!?])\s/u)[0];
}

export default rule;
