import type { Block, TenderDocument } from '../document.js';
import {
  CONTRACT_TYPE_WORDS,
  EXISTING_WORDS,
  GEOLOGY_WORDS,
  MEDICINE_WORDS,
  PAPER_WORDS,
  SEGMENT_CPV_PREFIXES,
  SEGMENT_ORDER,
  SEGMENT_WORDS,
  SITE_FACILITY_WORDS,
  STAFF_WORDS,
  SUPPLY_WORDS,
  VEHICLE_WORDS,
  WEAR_WORDS,
} from '../data/ilo-segments.js';
import { factored } from '../declarative/alternation.js';
import { LATIN_CLASSES, isPlain, latinFast } from '../text/latin-fast.js';
import { sentencesOf } from '../text/sentences.js';
import type { ContractType, SectionKind, Segment, Stated } from './types.js';

/** Sections whose words describe the tenderer or the procedure, not what is bought. */
const IGNORED_SECTIONS: ReadonlySet<SectionKind> = new Set(['selection', 'award', 'exclusion', 'submission', 'invoicing', 'procedure', 'value']);

const wordPattern = (words: readonly string[]) => latinFast(new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu'));

const patterns: [Segment, RegExp][] = SEGMENT_ORDER.map((s) => [s, wordPattern(SEGMENT_WORDS[s])]);
const furnitureWords = wordPattern(SEGMENT_WORDS.furniture);
const looseWords = (s: Segment) => SEGMENT_WORDS[s].map((w) => w.replace('\\p{L}*', ''));
// One cheap test per block and segment before the sentences are split.
// Without word boundaries or Unicode mode, it is a superset of the exact pattern and much cheaper;
// grouped by first letters, it scans about twice as fast again.
const blockTests = new Map<Segment, RegExp>(
  SEGMENT_ORDER.map((s) => [s, factored(new RegExp(looseWords(s).join('|'), 'i'))]),
);
// Most blocks name none of the segments: one scan tells.
const anySegmentWord = factored(new RegExp(SEGMENT_ORDER.flatMap(looseWords).join('|'), 'i'));

const NOT_LETTER = /[^\p{L}]/gu;
const LATIN_NOT_LETTER = new RegExp(`[^${LATIN_CLASSES['L']![0]}]`, 'g');

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** The contract type read from the first CPV code: 45 is works, 50 and above services, else supplies. */
function typeFromCpv(cpv: Stated<string>[]): ContractType | null {
  const first = cpv[0]?.value;
  if (!first) return null;
  const division = Number(first.slice(0, 2));
  if (division === 45) return 'works';
  return division >= 50 ? 'services' : 'supplies';
}

/** The contract type most named in the opening blocks, when neither facts nor CPV codes say it. */
function typeFromWords(document: TenderDocument): ContractType | null {
  const counts: Record<ContractType, number> = { works: 0, supplies: 0, services: 0 };
  for (const block of document.blocks.slice(0, 200)) {
    for (const t of ['works', 'supplies', 'services'] as const) if (CONTRACT_TYPE_WORDS[t].test(block.text)) counts[t]++;
  }
  const best = (['works', 'supplies', 'services'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : null;
}

/**
 * A capitalised word is a name ("Bois-Fontaine", "Gemeente Houten") unless it opens the sentence or
 * the whole text is in capitals (a heading).
 */
function readsAsGoods(sentence: string, at: number, word: string, allCaps: boolean): boolean {
  const next = sentence.slice(at + word.length, at + word.length + 2);
  if (/^-\p{Lu}/u.test(next)) return false;
  const first = word[0]!;
  if (!isUpper(first)) return true;
  if (word === word.toUpperCase() && word.length > 1 && !allCaps) return true;
  if (allCaps) return true;
  return /^[\s\d.)(|*#:\-–•]*$/u.test(sentence.slice(0, at));
}

function namesFurniture(sentence: string, block: Block): boolean {
  furnitureWords.lastIndex = 0;
  if (furnitureWords.test(sentence)) return true;
  furnitureWords.lastIndex = 0;
  return furnitureWords.test(block.headingPath[block.headingPath.length - 1] ?? '');
}

function accepts(segment: Segment, sentence: string, at: number, word: string, block: Block, type: ContractType | null, subjectLike: boolean): boolean {
  // Only near the words: "na het verwijderen van de oude ramen worden houten ramen geplaatst" still buys timber.
  const near = sentence.slice(Math.max(0, at - 50), at + 50);
  if (EXISTING_WORDS.test(near)) return false;
  const staff = STAFF_WORDS.test(sentence);
  if (staff && WEAR_WORDS.test(sentence)) return false;
  const goodsOfTheContractor = segment === 'textiles' || segment === 'electronics' || segment === 'furniture';
  // Outside a supplies contract, clothing, laptops or chairs "for the staff" are the contractor's own equipment.
  if (goodsOfTheContractor && staff && type !== 'supplies') return false;
  if ((segment === 'furniture' || segment === 'textiles') && VEHICLE_WORDS.test(sentence)) return false;
  if ((segment === 'timber' || segment === 'textiles') && PAPER_WORDS.test(sentence)) return false;
  if (segment === 'natural-stone' && GEOLOGY_WORDS.test(near)) return false;
  if (segment === 'electronics' && MEDICINE_WORDS.test(sentence)) return false;
  if (segment === 'furniture' && (SITE_FACILITY_WORDS.test(sentence) || block.headingPath.some((h) => SITE_FACILITY_WORDS.test(h)))) return false;
  if (segment === 'textiles') {
    // A covering (bekleding of a chair, a wall, a facade) is a material, not clothing.
    if (/bekleding$/iu.test(word)) return false;
    // Upholstery is a material of furniture wherever it is named.
    if (/\b(?:upholster\w*|stoffering\w*|garnissage|rembourr\w*)/iu.test(sentence)) return false;
    // Fabric of a chair or a sofa makes the furniture the segment, not textiles.
    if (namesFurniture(sentence, block)) return false;
  }
  if (segment === 'timber') {
    // Wood in furniture makes the furniture the segment, not timber.
    furnitureWords.lastIndex = 0;
    if (furnitureWords.test(sentence)) return false;
    const heading = block.headingPath[block.headingPath.length - 1] ?? '';
    furnitureWords.lastIndex = 0;
    if (furnitureWords.test(heading)) return false;
  }
  // In a services contract (or one of unknown type) goods count when the contractor supplies or rents them.
  if ((type === 'services' || (type === null && !subjectLike)) && !SUPPLY_WORDS.test(sentence)) return false;
  // Cabling, screens and curtain rails built into a building are installations; ICT or textiles bought as such are named in the subject.
  if ((segment === 'electronics' || segment === 'textiles') && type === 'works' && !subjectLike) return false;
  return true;
}

/**
 * The ILO high-risk segments (plan 2.5.2) the subject falls in, by CPV code and by the words of the
 * subject, the technical specifications and the bills of quantities. One item of the purchase in a
 * segment puts the contract in scope. `contractType`, when known, decides how much the words of a
 * services or works contract count; without it the type is read from the first CPV code.
 */
export function detectSegments(
  document: TenderDocument,
  sections: SectionKind[],
  cpv: Stated<string>[],
  contractType?: ContractType | null,
): Stated<Segment>[] {
  const found = new Map<Segment, Stated<Segment>>();
  for (const code of cpv) {
    for (const segment of SEGMENT_ORDER) {
      if (found.has(segment)) continue;
      if (SEGMENT_CPV_PREFIXES[segment].some((p) => code.value.startsWith(p))) found.set(segment, { value: segment, evidence: code.evidence });
    }
  }
  const type = contractType ?? typeFromCpv(cpv) ?? typeFromWords(document);
  const lastSubject = sections.lastIndexOf('subject');
  let activeFor = -1;
  let activeInSubject = patterns;
  let activeElsewhere = patterns;
  for (const block of document.blocks) {
    if (found.size === SEGMENT_ORDER.length) break;
    const section = sections[block.id] ?? 'other';
    if (IGNORED_SECTIONS.has(section)) continue;
    const subjectLike = section === 'subject' || (block.kind === 'heading' && block.depth === 1 && block.id < 5) || block.id < 3;
    // Electronics and textiles in a works contract count only in the subject: skip them elsewhere.
    // The two lists change only when a segment is found.
    if (activeFor !== found.size) {
      activeFor = found.size;
      activeInSubject = patterns.filter(([s]) => !found.has(s));
      activeElsewhere = patterns.filter(([s]) => !found.has(s) && (type !== 'works' || (s !== 'electronics' && s !== 'textiles')));
    }
    const active = subjectLike ? activeInSubject : activeElsewhere;
    if (!active.length) {
      if (block.id >= 5 && block.id > lastSubject) break;
      continue;
    }
    if ((type === 'services' || (type === null && !subjectLike)) && !SUPPLY_WORDS.test(block.text)) continue;
    if (!anySegmentWord.test(block.text)) continue;
    const candidates = active.filter(([s]) => blockTests.get(s)!.test(block.text));
    if (!candidates.length) continue;
    const letters = block.text.replace(isPlain(block.text) ? LATIN_NOT_LETTER : NOT_LETTER, '');
    const allCaps = letters.length > 3 && letters === letters.toUpperCase();
    for (const sentence of sentencesOf(block)) {
      for (const [segment, pattern] of candidates) {
        if (found.has(segment)) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
          if (!readsAsGoods(sentence.text, m.index, m[0], allCaps)) continue;
          if (!accepts(segment, sentence.text, m.index, m[0], block, type, subjectLike)) continue;
          const start = sentence.start + m.index;
          found.set(segment, { value: segment, evidence: { blockId: block.id, start, end: start + m[0].length, raw: m[0] } });
          break;
        }
      }
    }
  }
  // Wood in furniture makes it furniture: a supplies contract for furniture does not also buy timber.
  const timber = found.get('timber');
  if (timber && found.has('furniture') && type !== 'works' && !cpv.some((c) => c.evidence === timber.evidence)) found.delete('timber');
  return SEGMENT_ORDER.filter((s) => found.has(s)).map((s) => found.get(s)!);
}
