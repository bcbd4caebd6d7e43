/** Clauses present in the document (subcontracting, ILO, social, conflict of interest, exclusion) and the guarantee. */
import { latinFast } from '../text/latin-fast.js';
import { cueWords, type Scan } from './scan.js';
import type { ClauseFacts, Evidence, Stated } from './types.js';

const CLAUSES: [keyof ClauseFacts, readonly string[], RegExp][] = [
  ['subcontracting', cueWords(['onderaann', 'sous-trait', 'subcontract', 'sub-contract']), latinFast(/onderaann\p{L}*|sous-trait\p{L}*|sub-?contract\p{L}*/iu)],
  ['ilo', cueWords(['iao', 'oit', 'ilo', 'arbeidsorganisatie', 'organisation internationale du travail', 'labour organi']), latinFast(/\bIAO\b|\bOIT\b|\bILO\b|Internationale\s+Arbeidsorganisatie|Organisation\s+internationale\s+du\s+travail|International\s+Labour\s+Organi[sz]ation/iu)],
  ['social', cueWords(['sociale clausule', 'kansengroep', 'sociale economie', 'maatwerkbedrijf', 'clause sociale', 'économie sociale', 'social clause', 'community benefit']), latinFast(/sociale\s+clausule|kansengroep\p{L}*|sociale\s+economie|maatwerkbedrij\p{L}*|clause\s+sociale|[ée]conomie\s+sociale|social\s+clause|community\s+benefits?/iu)],
  ['conflictOfInterest', cueWords(['belangenconflict', 'belangenvermenging', 'conflit', 'conflicts of interest', 'conflict of interest']), latinFast(/belangenconflict\p{L}*|belangenvermenging|conflits?\s+d['’]int[ée]r[êe]ts?|conflicts?\s+of\s+interests?/iu)],
  ['exclusionGrounds', cueWords(['uitsluiting', 'exclusion']), latinFast(/uitsluitingsgrond\p{L}*|situaties?\s+van\s+uitsluiting|uitsluitingssituatie|motifs?\s+d['’]exclusion|grounds?\s+for\s+exclusion|exclusion\s+grounds/iu)],
];

export function extractClauses(scan: Scan): ClauseFacts {
  const out: ClauseFacts = { subcontracting: [], ilo: [], social: [], conflictOfInterest: [], exclusionGrounds: [] };
  for (const block of scan.document.blocks) {
    if (block.kind === 'heading') continue;
    for (const [key, words, re] of CLAUSES) {
      if (!scan.has(block, words)) continue;
      const m = re.exec(block.text);
      if (!m) continue;
      const s = scan.sentenceAt(block, m.index);
      out[key].push(scan.evidence(block, s.start, s.end) satisfies Evidence);
    }
  }
  return out;
}

const GUARANTEE_WORDS = cueWords(['borgtocht', 'cautionnement', 'performance bond', 'performance guarantee', 'waarborg']);
const GUARANTEE = /(?:borgtocht|cautionnement|performance\s+(?:bond|guarantee)|waarborg)[^.;%]{0,60}?(\d{1,2}(?:[.,]\d{1,2})?)\s?%/iu;

export function extractGuarantee(scan: Scan): Stated<number> | null {
  for (const block of scan.document.blocks) {
    if (!scan.has(block, GUARANTEE_WORDS)) continue;
    const m = GUARANTEE.exec(block.text);
    if (m) return { value: Number(m[1]!.replace(',', '.')), evidence: scan.evidence(block, m.index, m.index + m[0].length) };
    if (/geen\s+borgtocht|pas\s+de\s+cautionnement|aucun\s+cautionnement|no\s+performance\s+bond/iu.test(block.text)) return { value: 0, evidence: scan.evidence(block, 0, block.text.length) };
  }
  return null;
}
