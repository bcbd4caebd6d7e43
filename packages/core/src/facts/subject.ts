/** The sentence that names the subject of the contract. */
import type { Scan } from './scan.js';

const SUBJECT_SENTENCE =
  /heeft\s+(?:als|tot)\s+(?:voorwerp|doel)|\bbetreft\b|\bomvat\b|het\s+voorwerp\s+van|a\s+pour\s+objet|porte\s+sur|l['’]objet\s+du\s+march[ée]|concerne|the\s+(?:subject|purpose|object)\s+of|\bconcerns\b|\bcomprises\b|is\s+(?:seeking|looking)\s+for|opdracht\s+voor\s+(?:werken|leveringen|diensten)|march[ée]\s+de\s+(?:travaux|fournitures|services)/iu;

export function findSubjectBlock(scan: Scan): number | null {
  const blocks = scan.document.blocks;
  const body = (b: (typeof blocks)[number]) => b.kind === 'paragraph' || b.kind === 'list-item';
  const inSubject = blocks.filter((b) => scan.sections[b.id] === 'subject' && body(b));
  const cued = inSubject.find((b) => SUBJECT_SENTENCE.test(b.text));
  if (cued) return cued.id;
  if (inSubject[0]) return inSubject[0].id;
  const anywhere = blocks.find((b) => body(b) && SUBJECT_SENTENCE.test(b.text) && b.id < blocks.length / 2);
  return anywhere?.id ?? null;
}
