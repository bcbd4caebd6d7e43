import type { TenderDocument } from '../document.js';
import type { SectionKind, Segment, Stated } from './types.js';

/**
 * The ILO high-risk segments (plan 2.5.2) the subject falls in, by CPV code and by the words of the
 * subject, the technical specifications and the bills of quantities.
 */
export function detectSegments(_document: TenderDocument, _sections: SectionKind[], _cpv: Stated<string>[]): Stated<Segment>[] {
  return [];
}
