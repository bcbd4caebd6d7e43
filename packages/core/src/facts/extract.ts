import type { TenderDocument } from '../document.js';
import { detectLanguage } from '../text/language.js';
import { extractAccreditation } from './accreditation.js';
import { extractAward } from './award.js';
import { extractClauses, extractGuarantee } from './clauses.js';
import { extractDeadlines } from './deadlines.js';
import { extractLots } from './lots.js';
import { extractAuthority, extractContractType, hasExplicitType, extractCpv, extractFramework, extractProcedure } from './procedure.js';
import { createScan } from './scan.js';
import { classifySections } from './sections.js';
import { detectSegments } from './segments.js';
import { extractCertificates, extractReferences, extractTurnover } from './selection.js';
import { readStructured } from './structured.js';
import { findSubjectBlock } from './subject.js';
import { extractPaymentTerms, extractVariants } from './terms.js';
import type { Facts } from './types.js';
import { extractValues, pickEstimatedValue } from './values.js';

// detectLanguage reads the first 200 000 characters of the text.
const LANGUAGE_SAMPLE = 200_000;

/** The blocks' texts joined by line breaks, up to at least `length` characters (all of them when shorter). */
function openingText(document: TenderDocument, length: number): string {
  const parts: string[] = [];
  let n = 0;
  for (const b of document.blocks) {
    if (n > length) break;
    parts.push(b.text);
    n += b.text.length + 1;
  }
  return parts.join('\n');
}

/** Reads the contract's key data from a document. */
export function extractFacts(document: TenderDocument): Facts {
  const language = detectLanguage(openingText(document, LANGUAGE_SAMPLE));
  const { sections, sectionHeadings } = classifySections(document);
  const scan = createScan(document, sections);
  const values = extractValues(scan);
  const estimatedValue = pickEstimatedValue(scan, values);
  const cpv = extractCpv(scan);
  const { deadline, publicationDate } = extractDeadlines(scan);
  const structured = readStructured(scan);
  const lots = extractLots(scan, values);
  if (structured.lots && !lots.notDivided && !lots.countStatements.length && (lots.count ?? 0) < 2) {
    lots.divided = structured.lots.divided;
    lots.count = structured.lots.count;
    if (!structured.lots.divided) lots.notDivided = structured.lots.evidence;
  }
  const award = extractAward(scan);
  const contractType = structured.contractType && !hasExplicitType(scan) ? structured.contractType : extractContractType(scan, cpv);
  if (structured.deadline && !deadline.length) deadline.push(structured.deadline);
  return {
    language,
    estimatedValue,
    values,
    contractType,
    framework: extractFramework(scan),
    authorityType: extractAuthority(scan),
    cpv,
    procedure: extractProcedure(scan),
    lots,
    selection: {
      turnover: extractTurnover(scan, estimatedValue?.value.amount ?? null),
      references: extractReferences(scan),
      certificates: extractCertificates(scan),
    },
    accreditation: extractAccreditation(scan),
    paymentTerms: extractPaymentTerms(scan),
    award: award.length ? award : structured.award ?? [],
    variants: extractVariants(scan) ?? structured.variants ?? null,
    publicationDate,
    deadline,
    segments: detectSegments(document, sections, cpv, contractType?.value),
    sections,
    sectionHeadings,
    subjectBlock: findSubjectBlock(scan),
    guarantee: extractGuarantee(scan),
    clauses: extractClauses(scan),
  };
}
