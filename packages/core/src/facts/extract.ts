import type { TenderDocument } from '../document.js';
import { detectLanguage } from '../text/language.js';
import type { Facts } from './types.js';

/** Reads the contract's key data from a document. */
export function extractFacts(document: TenderDocument): Facts {
  const language = detectLanguage(document.blocks.map((b) => b.text).join('\n'));
  return {
    language,
    estimatedValue: null,
    values: [],
    contractType: null,
    framework: false,
    authorityType: null,
    cpv: [],
    procedure: null,
    lots: { divided: null, count: null, lots: [], countStatements: [] },
    selection: { turnover: [], references: [], certificates: [] },
    accreditation: [],
    paymentTerms: [],
    award: [],
    variants: null,
    publicationDate: [],
    deadline: [],
    segments: [],
    sections: document.blocks.map(() => 'other'),
    sectionHeadings: {},
    subjectBlock: null,
  };
}
