/** Statements of the estimated value: the whole contract, a lot, a year, or something else. */
import { latinFast } from '../text/latin-fast.js';
import type { Block } from '../document.js';
import { amountExclVat, findMoney, vatMarkerIn, type MoneyMatch } from '../text/money.js';
import { lotNear } from './lot-refs.js';
import type { Scan } from './scan.js';
import type { SectionKind, ValueStatement } from './types.js';

// Words that say an amount is the estimate of the contract.
const STRONG_CUE =
  /geraamd|\braming\b|ramingen|geschatte?|vermoedelijk bedrag|totale budget|beschikbare budget|maximale waarde|maximum waarde|waarde van de (?:opdracht|raamovereenkomst|overeenkomst)|estim[ée]|estimation|estimated|valeur (?:totale|maximale|du march)|montant (?:total|maximal|du march)|maximum value|total value|contract value|value of the (?:contract|framework|requirement)|budget (?:of|for|available|is)/iu;
const WEAK_CUE = /\bwaarde\b|\bbudget\b|\bvaleur\b|\bvalue\b|\bmontant\b|\bbedrag\b|\btotaal\b|\btotal\b/iu;
// Amounts that are not the contract's value: selection thresholds, guarantees, penalties, unit prices.
const NOT_VALUE =
  latinFast(/omzet|chiffre d['’]affaires|turnover|verzeker\p{L}*|assur\p{L}*|insur\p{L}*|kapitalen|schade|dommages?|damages?|liability|aansprakelijkheid|responsabilit|referentie|r[ée]f[ée]rence|references?\b|borgtocht|cautionnement|guarantee|performance bond|verzekering|assurance|insurance|boete|amende|penalt|\bstraf|per kwh|par kwh|kapitaal|capital social|share capital|each with a value|met een waarde van (?:elk|minstens)|d['’]une valeur (?:minimale|d['’]au moins)|drempel|threshold|seuil|minimaal bedrag|forfaitaire/iu);
const PER_YEAR = /^[\s,)]*(?:(?:excl|incl)\.?\s*(?:\d{1,2}\s?%\s*)?(?:btw|vat|tva)\s*|htva\s*|tvac\s*|\(?hors tva\)?\s*)?\)?\s*(?:per jaar|jaarlijks|op jaarbasis|par an\b|par année|annuel|per year|a year|per annum|yearly|annually)/iu;
const PER_UNIT = /^[\s,)]*(?:(?:excl|incl)\.?\s*(?:btw|vat|tva)\s*|htva\s*)?\)?\s*(?:per|par|\/)\s*(?:maand|mois|month|uur|heure|hour|stuk|pièce|unit|eenheid|m²|m2|m³|m|km|kwh|dag|jour|day|week|semaine|maaltijd|repas|meal|persoon|personne|person|prestatie|vaststelling|interventie)/iu;
const OPTION = /\b(?:optie|opties|option|options|verlenging|renewal|reconduction)\b[^.;]{0,30}$/iu;
const TOTAL_ROW = /^\s*(?:\*\*)?(?:totaal|total|totale|somme|sum|algemeen totaal|grand total)\b/iu;

const ALLOWED_WEAK: SectionKind[] = ['value', 'lots', 'subject', 'procedure', 'other'];
// "Lot 1 — guarding and control room (EUR 800,000)": an amount alone in brackets right after a lot's name is its value.
// A value word may open the brackets ("(raming € 38.000)"); the words of the lot's name are not read for NOT_VALUE
// ("Perceel 2 - burgerlijke aansprakelijkheid (raming € 38.000)" is a lot of insurance, not a liability amount).
const LOT_NAME_BEFORE = /(?:^|[;\n•·]|\s[-–—]\s|:)\s*(?:\*\*)?(?:perceel|lot)\s*(?:n[°ºo]\.?\s*|nr\.?\s*|no\.?\s*:?\s*)?\d{1,2}(?!\d)[^;\n()€$£\d]{0,100}\(\s*(?:(?:raming|geraamd\s+op|geschat\s+op|estimated(?:\s+at)?|estimation|estim[ée]e?\s+[àa]|valeur|value|waarde)\s*:?\s*)?$/i;
// In a lot's name, only words of selection, guarantees and penalties deny the amount its value ("Lot 2 — minimum turnover (EUR ...)").
const NOT_VALUE_IN_NAME = /omzet|chiffre d['’]affaires|turnover|referentie|r[ée]f[ée]rence|borgtocht|cautionnement|guarantee|performance bond|boete|amende|penalt|straf|drempel|threshold|seuil|minima|minimum|au moins|at least|minstens/i;
const CLOSING_BRACKET = /^\s*(?:,?\s*(?:excl\.?|incl\.?|exclusief|inclusief|hors|htva|tvac|excluding|including)\s*(?:\d{1,2}\s?%\s*)?(?:btw|vat|tva)?\.?\s*)?\)/i;

/** Every value statement, in document order. */
export function extractValues(scan: Scan): ValueStatement[] {
  const out: ValueStatement[] = [];
  for (const block of scan.document.blocks) {
    if (block.kind === 'heading') continue;
    const money = findMoney(block.text);
    if (!money.length) continue;
    const section = scan.sections[block.id]!;
    for (const m of money) {
      const statement = readValue(scan, block, section, m);
      if (statement) out.push(statement);
    }
  }
  return out;
}

function readValue(scan: Scan, block: Block, section: SectionKind, m: MoneyMatch): ValueStatement | null {
  const sentence = scan.sentenceAt(block, m.start);
  const isCell = block.kind === 'table-cell';
  const cellContext = isCell ? [scan.rowLabel(block)?.text ?? '', scan.columnHeader(block)?.text ?? ''].join(' | ') : '';
  const context = isCell ? `${cellContext} | ${block.text}` : sentence.text;
  const before = block.text.slice(sentence.start, m.start);
  // Bills of quantities and price schedules are priced items, not statements of the contract's value.
  if (isCell && (section === 'technical' || section === 'execution' || section === 'invoicing' || section === 'award')) return null;
  if (isCell && /hoeveelhe|quantit|eenheidsprijs|prix unitaire|unit price/iu.test(cellContext)) return null;
  const inLotBrackets = ALLOWED_WEAK.includes(section) && lotAmountInBrackets(block.text, m);
  if (NOT_VALUE.test(inLotBrackets ? block.text.slice(block.text.lastIndexOf('(', m.start), m.end) : context)) return null;
  if (!isCell && /\b(?:minstens|minimum|minimaal|ten minste|au moins|at least|minimal[e]?)\s*(?:van\s*)?$/iu.test(before)) return null;
  const strong = STRONG_CUE.test(context) || (isCell && STRONG_CUE.test(scan.sentences(block)[0]?.text ?? ''));
  const weakOk = WEAK_CUE.test(context) && (section === 'value' || section === 'lots' || (ALLOWED_WEAK.includes(section) && /opdracht|march[ée]|contract|overeenkomst|accord/iu.test(context)));
  const sectionOk = section === 'value' || (section === 'lots' && isCell && /raming|estim|montant|waarde|value|bedrag|budget/iu.test(cellContext));
  if (!strong && !weakOk && !sectionOk && !inLotBrackets) return null;
  if (!strong && !['value', 'lots', 'subject', 'procedure', 'other', 'technical'].includes(section)) return null;

  let vat = m.vat;
  let rate = m.vatRate;
  if (!vat && isCell) {
    const header = vatMarkerIn(cellContext);
    if (header) {
      vat = header.marker;
      rate = header.rate;
    }
  }
  if (!vat) {
    const heading = block.headingId >= 0 ? scan.document.blocks[block.headingId]?.text ?? '' : '';
    const h = vatMarkerIn(heading) ?? vatMarkerIn(block.text.slice(sentence.start, sentence.end).replace(m.raw, ''));
    if (h && money1(block.text.slice(sentence.start, sentence.end))) {
      vat = h.marker;
      rate = h.rate;
    }
  }
  const amount = amountExclVat({ written: m.written, vat, vatRate: rate });
  const after = block.text.slice(m.end, m.end + 60);
  let scope: ValueStatement['scope'] = 'total';
  let lot: number | undefined;
  const rowLabel = isCell ? scan.rowLabel(block)?.text ?? '' : '';
  if (isCell && TOTAL_ROW.test(rowLabel)) scope = 'total';
  else if (PER_YEAR.test(after) || (isCell && /per jaar|par an|per year|annual|jaarlijks/iu.test(cellContext))) scope = 'year';
  else if (PER_UNIT.test(after)) scope = 'other';
  else if (OPTION.test(before)) scope = 'other';
  else {
    const l = lotNear(scan, block, m.start, m.end);
    if (l !== null) {
      scope = 'lot';
      lot = l;
    }
  }
  const statement: ValueStatement = {
    value: { amount, currency: m.currency, vatIncluded: vat === 'incl' ? true : vat === 'excl' ? false : null },
    evidence: scan.evidence(block, m.start, m.end),
    scope,
  };
  if (lot !== undefined) statement.lot = lot;
  return statement;
}

/** Whether an amount stands alone in brackets right after a lot's name ("Lot 1 — guarding (EUR 800,000)"). */
function lotAmountInBrackets(text: string, m: MoneyMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 140), m.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.length - open > 30 || before.slice(open).includes(')')) return false;
  if (!/perce|lot/i.test(before)) return false;
  const name = LOT_NAME_BEFORE.exec(before);
  return name !== null && !NOT_VALUE_IN_NAME.test(name[0]) && CLOSING_BRACKET.test(text.slice(m.end, m.end + 30));
}

function money1(text: string): boolean {
  return findMoney(text).length === 1;
}

/** The estimated value of the whole contract: the first total statement, preferring one read with a value cue and excl. VAT. */
export function pickEstimatedValue(scan: Scan, values: ValueStatement[]): ValueStatement | null {
  const totals = values.filter((v) => v.scope === 'total');
  if (!totals.length) return null;
  const rank = (v: ValueStatement) => {
    const block = scan.document.blocks[v.evidence.blockId]!;
    const s = scan.sentenceAt(block, v.evidence.start).text;
    const cued = STRONG_CUE.test(s) || scan.sections[block.id] === 'value' || block.kind === 'table-cell';
    return (cued ? 0 : 2) + (v.value.vatIncluded === true ? 1 : 0);
  };
  let best = totals[0]!;
  for (const v of totals) if (rank(v) < rank(best)) best = v;
  return best;
}
