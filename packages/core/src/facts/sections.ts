/**
 * Classifies every block into a part of a specification (subject, lots, value, procedure, exclusion,
 * selection, award, submission, execution, subcontracting, invoicing, technical), from headings,
 * table row labels and heading-like paragraphs, in nl, fr and en.
 */
import type { Block, TenderDocument } from '../document.js';
import { latinFast } from '../text/latin-fast.js';
import type { SectionKind } from './types.js';

// Heading cues per section kind. When several kinds match, the cue that comes first in the heading wins
// ("Percelen en raming" is about lots, "Looptijd en raming" about the value).
const DOCUMENT_TITLE = /^\s*(?:(?:tender|contract|procurement)\s+(?:specifications?|documents?)|specifications?\s+(?:for|of)\b|invitation\s+to\s+tender|request\s+for\s+(?:quotations?|proposals?|tenders?)|(?:bijzonder\s+)?bestek|lastenboek|opdrachtdocument(?:en)?|aanbestedingsdocument(?:en)?|cahier\s+(?:sp[ée]cial\s+)?des\s+charges|documents?\s+(?:du|de)\s+march[ée]|(?:specifications?|sp[ée]cifications?|tender(?:\s+documents?)?|aanbesteding|offerteaanvraag|dossier)\s+(?:no\.?|nr\.?|n[°º]\.?|nos?\.|num[ée]ro|nummer|number|ref\.?|r[ée]f\.?|reference|r[ée]f[ée]rence|referentie)\s*[:.]?\s*[\w/.-]*\d)/i;
// The bare first heading of a document that names it: "SPECIFICATION", "Spécifications", "Specifications".
const BARE_TITLE = /^\s*(?:specifications?|sp[ée]cifications?)\s*$/i;
// A title that names what is bought ("Levering van laptops voor ...", "Framework agreement for ...", "Travaux de
// remplacement de ..."), at its start or after a separator ("Contract documents X — Framework agreement for ...").
// Its words name the subject, not a part of the document: "levering", "reception", "two lots", "specifications".
const SUBJECT_TITLE = new RegExp(
  String.raw`(?:^|[—–:]\s*|\s-\s+)(?:` +
    String.raw`(?:raamovereenkomst|raamcontract|overeenkomst|opdracht|concessie)\s+(?:voor|van|tot|betreffende|inzake)|(?:levering(?:en)?|aankoop|aanschaf|huur|verhuur|onderhoud|herstelling|vervanging|renovatie|bouw|nieuwbouw|aanleg|heraanleg|plaatsing|installatie|studie|diensten|werken|exploitatie|beheer|schoonmaak|reiniging)\s+(?:en\s+[a-zà-öø-ÿ]+\s+)?(?:van|voor|aan)` +
    String.raw`|(?:accord-cadre|march[ée](?:\s+public)?|contrat|concession)\s+(?:de|d['’]|pour|relatif|portant)|(?:fournitures?|acquisition|achat|location|entretien|maintenance|remplacement|r[ée]novation|construction|am[ée]nagement|r[ée]fection|travaux|services|prestations|nettoyage|installation)\s+(?:et\s+[a-zà-öø-ÿ]+\s+)?(?:de|d['’]|du|des|pour)` +
    String.raw`|(?:framework\s+(?:agreements?|contracts?)|contracts?|concession)\s+(?:for|of|on)|(?:supply|supplies|purchase|provision|delivery|rental|lease|maintenance|repair|replacement|renovation|construction|installation|cleaning|services|works)\s+(?:and\s+[a-zà-öø-ÿ]+\s+)?(?:of|for|to))(?![a-zà-öø-ÿ])`,
  'i',
);
// A document title that names a part of the document keeps its kind ("Bestek - Technische bepalingen").
const PART_TITLE = /techni/i;
const HEADING_CUES: [Exclude<SectionKind, 'other'>, RegExp][] = [
  ['subcontracting', /onderaanne\p{L}*|sous-trait\p{L}*|subcontract\p{L}*|sub-contract\p{L}*/iu],
  ['invoicing', /factur\p{L}*|betaling\p{L}*|betalingsvoorwaard\p{L}*|vorderingsstat\p{L}*|paiements?|payments?|invoic\p{L}*|modalités de paiement|décomptes?|state of advancement/iu],
  // "Post-award conference" is about execution, not the award.
  ['award', /gunningscrit\p{L}*|gunningscriterium|\bgunning\b|crit[èe]res? d['’]attribution|\battribution\b|award criteri\p{L}*|(?<!post[-\s]?)\baward\b|evaluation criteria|evaluation of tenders|beoordelingscriteria|tender evaluation|basis (?:of|for) award/iu],
  ['exclusion', /uitsluitingsgrond\p{L}*|\buitsluiting\b|motifs? d['’]exclusion|\bexclusion\b|exclusion grounds|grounds for exclusion/iu],
  ['selection', /technische\s+(?:en\s+beroeps)?(?:bekwaamheid|capaciteit)|beroepsbekwaamheid|capacit[ée]s?\s+(?:techniques?|professionnelles?|[ée]conomique)|technical\s+(?:and\s+professional\s+)?(?:capacity|ability)|professional\s+ability|economic\s+and\s+financial|selectie\p{L}*|s[ée]lection\p{L}*|kwalitatieve|draagkracht|bekwaamheid|capacit[ée]\p{L}*|capacity|\berkenning\b|agr[ée]ation|referenties|jaaromzet|chiffre d['’]affaires|turnover|r[ée]f[ée]rences|suitability|qualification|toegangsrecht|wie\s+(?:kan|mag)\s+(?:in)?schrijven|qui\s+peut\s+(?:soumissionner|participer|remettre\s+offre)|who\s+(?:can|may)\s+(?:tender|bid|apply|submit)/iu],
  ['submission', /indiening\p{L}*|indienen|\bopening\b|ontvangst van de offertes|d[ée]p[ôo]t des offres|introduction des offres|remise des offres|submission|submitting|tender return|offertes? en indiening|vorm en inhoud van de offerte|inhoud van de offerte|contenu de l['’]offre|r[ée]ception des offres/iu],
  ['lots', /\bperce(?:e|)l(?:en)?\b|\blots?\b|verdeling in percelen|division (?:en|into) lots/iu],
  ['value', /\braming\b|geraamd\p{L}*|\bwaarde\b|montant estim[ée]|\bestimation\b|valeur estim[ée]e|estimated value|value of the (?:contract|framework)|contract value|\bbudget\b|\bprijsraming\b/iu],
  ['procedure', /gunningswijze|plaatsingsprocedure|gunningsprocedure|\bprocedure\b|proc[ée]dure de passation|\bproc[ée]dure\b|mode de passation|type of procedure|\bplaatsingswijze\b/iu],
  ['subject', /\bvoorwerp\b|\bonderwerp\b|\bobjet\b|\bsubject\b|\bscope\b|beschrijving van de opdracht|aard van de opdracht|omschrijving van de opdracht|nature du march[ée]|description of the (?:contract|services|requirement)|statement of (?:work|requirements)|opdrachtomschrijving/iu],
  ['technical', /technisch\p{L}*|technique\p{L}*|technical|programma van eisen|prescriptions techniques|specifications? techniques|\bspecifications?\b|\beisen\b|requirements|cahier des charges technique|meetstaat|inventaris|m[ée]tr[ée]|bordereau|bill of quantities/iu],
  ['execution', /uitvoering\p{L}*|uitvoeringstermijn|leveringstermijn|ex[ée]cution|\bexecution\b|performance|levering\p{L}*|livraisons?|delivery|borgtocht|cautionnement|performance bond|straffen|boeten|p[ée]nalit[ée]s|amendes|penalt\p{L}*|sociale clausule|clause sociale|social clause|prijsherziening|r[ée]vision des prix|price revision|oplevering|réception(?!\s+des\s+offres)|r[ée]ception\s+(?:provisoire|d[ée]finitive|technique|des\s+(?:travaux|fournitures|prestations|services|ouvrages))|dur[ée]e du march[ée]|duration|contract period|garantie|warranty/iu],
];

// All cues in one pattern, one group per kind in the order above: it finds the leftmost place where
// any cue matches and, there, the first kind whose cue matches, which is the kind the earliest cue
// names (ties to the kind listed first). One search per heading instead of one per kind.
const ANY_CUE = latinFast(new RegExp(HEADING_CUES.map(([, re]) => `(${re.source})`).join('|'), 'iu'));

/** The section kind a heading (or row label) names, or null when it names none. */
export function classifyHeading(text: string): Exclude<SectionKind, 'other'> | null {
  const t = text.replace(/^[\s#*]*(?:(?:art(?:ikel|icle)?\.?|hoofdstuk|chapitre|chapter|section|afdeling|titel|titre|deel|partie|part|bijlage|annexe|annex)\s+)?(?:[\dIVXLCivxlc]{1,6}(?:[.\-–)]\s*|\s+)){0,4}[-–:.]?\s*/u, '');
  const m = ANY_CUE.exec(t);
  if (!m) return null;
  for (let i = 0; i < HEADING_CUES.length; i++) if (m[i + 1] !== undefined) return HEADING_CUES[i]![0];
  return null;
}

// A paragraph that reads as a heading: short, numbered, no full stop at the end ("6.1 Jaaromzet", "ARTIKEL 5 - SELECTIE").
const PSEUDO_HEADING = /^(?:(?:art(?:ikel|icle)?\.?\s*)?\d+(?:\.\d+){0,3}\.?|[IVX]+\.(?:\d+\.?)*|[A-Z]\.)\s+\S[^.!?]{2,80}$/u;

export interface SectionsResult {
  sections: SectionKind[];
  sectionHeadings: Partial<Record<SectionKind, number>>;
}

/** Section kind of each block; a heading with no cue takes its parent's kind, a body block its heading's. */
export function classifySections(document: TenderDocument): SectionsResult {
  const blocks = document.blocks;
  const sections: SectionKind[] = new Array(blocks.length).fill('other');
  const sectionHeadings: Partial<Record<SectionKind, number>> = {};
  const headingKind = new Map<number, SectionKind>();
  // Heading-like paragraphs (in documents without heading styles) open a section until the next heading.
  let pseudo: { kind: SectionKind; level: number } | null = null;
  // Headings before the first body block are the title page: authority, document title, subject.
  let titleZone = true;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      pseudo = null;
      let own = classifyHeading(b.text);
      // The document's own title ("Tender specifications: ...", "Bestek ...", "Levering van ...") names the
      // subject of the contract, not a part of the document: it sets no kind for what follows it.
      if (own && isDocumentTitle(b, titleZone)) own = null;
      const parent = b.headingId >= 0 ? headingKind.get(b.headingId) ?? 'other' : 'other';
      const kind = own ?? parent;
      headingKind.set(b.id, kind);
      sections[b.id] = kind;
      if (own && sectionHeadings[own] === undefined) sectionHeadings[own] = b.id;
      continue;
    }
    titleZone = false;
    const inherited = b.headingId >= 0 ? headingKind.get(b.headingId) ?? 'other' : 'other';
    if (b.kind === 'table-cell') {
      const base = pseudo?.kind ?? inherited;
      // Only summary tables outside any specific section ("Plaatsingsprocedure | Openbare procedure") are read by row label.
      sections[b.id] = (base === 'other' || base === 'subject' ? tableCellKind(b, blocks) : null) ?? base;
      continue;
    }
    const text = b.text.trim();
    const boldLead = /^([^.:]{3,60})[.:]\s/u.exec(text);
    const titleLike = text.length <= 60 && !/[.;:,]$/u.test(text) && /^\p{Lu}/u.test(text) && text.split(/\s+/u).length <= 8;
    if (b.kind === 'paragraph' && text.length <= 90 && (PSEUDO_HEADING.test(text) || titleLike)) {
      const own = classifyHeading(text);
      if (own) {
        pseudo = { kind: own, level: 0 };
        sections[b.id] = own;
        if (sectionHeadings[own] === undefined) sectionHeadings[own] = b.id;
        continue;
      }
    }
    // A run-in heading ("**6.1 Jaaromzet.** Gemiddelde ...") classifies its own paragraph only.
    if (boldLead && /^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u.test(boldLead[1]!) && boldLead[1]!.split(/\s+/).length <= 6) {
      const own = classifyHeading(boldLead[1]!);
      if (own && inherited !== 'technical') {
        sections[b.id] = own;
        continue;
      }
    }
    sections[b.id] = pseudo?.kind ?? inherited;
  }
  return { sections, sectionHeadings };
}

/** Whether a heading is the document's title: "Bestek ..." at the top level, or a subject title on the title page. */
function isDocumentTitle(b: Block, titleZone: boolean): boolean {
  const text = b.text.replace(/^[\s#*]+/, '');
  if (DOCUMENT_TITLE.test(text)) return !PART_TITLE.test(text) && (titleZone || b.headingId < 0);
  // The first heading of the document, alone on the title page: it names the whole document.
  if (BARE_TITLE.test(text)) return b.id === 0 && titleZone;
  // A subject title on the title page, not a numbered section heading ("3. Levering van de goederen"), and under
  // another heading of the title page or long enough not to be a section heading.
  if (!titleZone || /^(?:\d|[IVX]+[.)\s]|art(?:ikel|icle)?\b)/i.test(text) || !SUBJECT_TITLE.test(text)) return false;
  return b.id > 0 || text.split(/\s+/).length >= 6;
}

// A value cell in a key-value table ("Plaatsingsprocedure | Openbare procedure") takes the kind its row label names.
function tableCellKind(b: Block, blocks: Block[]): SectionKind | null {
  if (!b.table || b.table.column === 0) return null;
  const label = findCell(blocks, b, b.table.row, 0);
  if (!label || label.text.length > 60) return null;
  return classifyHeading(label.text);
}

function findCell(blocks: Block[], near: Block, row: number, column: number): Block | undefined {
  for (let i = near.id; i >= 0 && i > near.id - 64; i--) {
    const c = blocks[i]!;
    if (c.kind !== 'table-cell' || c.table?.index !== near.table?.index) break;
    if (c.table!.row === row && c.table!.column === column) return c;
  }
  return undefined;
}
