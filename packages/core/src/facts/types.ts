/**
 * The contract's key data as read from the prose. Every statement keeps the evidence it was read
 * from. `toPublicFacts` turns this into the public JSON of `tenderlint facts` (eval-format.md).
 */
import type { Lang } from '../document.js';

export type ContractType = 'works' | 'supplies' | 'services';
export type Procedure =
  | 'open'
  | 'restricted'
  | 'competitive-negotiation'
  | 'negotiated-with-publication'
  | 'negotiated-without-publication'
  | 'competitive-dialogue'
  | 'innovation-partnership'
  | 'simplified-negotiated'
  | 'accepted-invoice';
export type Segment = 'natural-stone' | 'timber' | 'textiles' | 'electronics' | 'furniture';
export type AuthorityType = 'federal' | 'regional' | 'local' | 'other';

/** The parts of a specification that blocks are classified into. */
export type SectionKind =
  | 'subject'
  | 'lots'
  | 'value'
  | 'procedure'
  | 'exclusion'
  | 'selection'
  | 'award'
  | 'submission'
  | 'execution'
  | 'subcontracting'
  | 'invoicing'
  | 'technical'
  | 'other';

/** Where a fact was read: a block and a character range of its text (end exclusive). */
export interface Evidence {
  blockId: number;
  start: number;
  end: number;
  /** The words read, as written. */
  raw: string;
}

export interface Stated<T> {
  value: T;
  evidence: Evidence;
}

export interface Money {
  /** Amount excl. VAT when the text says so or says nothing; converted from incl. 21 % VAT otherwise. */
  amount: number;
  currency: string;
  /** true when the text gave the amount incl. VAT (and `amount` was converted), false when it said excl. VAT, null when it said nothing. */
  vatIncluded: boolean | null;
}

/** A statement of an estimated value. */
export interface ValueStatement extends Stated<Money> {
  /** What the amount covers: the whole contract, one lot, one year, or something else (an option, a budget line). */
  scope: 'total' | 'lot' | 'year' | 'other';
  /** Lot number when scope is 'lot'. */
  lot?: number;
}

export interface Lot {
  number: number;
  title?: string;
  value?: Money;
  evidence: Evidence;
}

export interface LotsFacts {
  /** true: divided into lots; false: stated not divided, or no lots at all; null when not determinable. */
  divided: boolean | null;
  count: number | null;
  lots: Lot[];
  /** Statements of the number of lots ("3 percelen", "drie percelen"), for consistency checks. */
  countStatements: Stated<number>[];
  /** The sentence that says the contract is not divided. */
  notDivided?: Evidence;
  /** The reason for not dividing, when given. */
  notDividedReason?: Evidence;
  /** Tenderers must bid for every lot. */
  mustBidAll?: Evidence;
  /** Tenderers may bid for one, several or all lots. */
  mayBidAny?: Evidence;
  /** Maximum number of lots one tenderer can be awarded. */
  maxLotsPerTenderer?: Stated<number>;
}

export interface TurnoverRequirement {
  /** Minimum yearly turnover asked, excl. VAT. */
  amount?: number;
  /** When expressed as a multiple of the value ("2 maal de geraamde waarde"). */
  multiple?: number;
  /** The lot it applies to; null for the whole contract. */
  lot: number | null;
  /** Over how many financial years. */
  years?: number;
  /** A justification is given in the same sentence or paragraph. */
  justified: boolean;
  evidence: Evidence;
}

export interface ReferenceRequirement {
  count?: number;
  /** Look-back period in years. */
  years?: number;
  /** Minimum value of one reference, excl. VAT. */
  minValue?: number;
  identical: boolean;
  /** Only references for public authorities are accepted. */
  publicOnly: boolean;
  lot: number | null;
  evidence: Evidence;
}

export interface CertificateRequirement {
  /** "ISO 9001", "VCA**", "EMAS", ... */
  name: string;
  equivalentAccepted: boolean;
  evidence: Evidence;
}

export interface AccreditationRequirement {
  category?: string;
  class?: number;
  lot: number | null;
  evidence: Evidence;
}

export interface PaymentTermStatement {
  days: number;
  /** 'processing' = the single behandelingstermijn; 'verification' and 'payment' = the old split. */
  kind: 'processing' | 'verification' | 'payment' | 'unknown';
  justified: boolean;
  evidence: Evidence;
}

export interface AwardCriterion {
  name: string;
  weight?: number;
  unit?: 'percent' | 'points';
  isPrice: boolean;
  /** Price counted over the life cycle (TCO, life-cycle cost, energy or running costs). */
  isLifeCycleCost: boolean;
  evidence: Evidence;
}

/** One set of award criteria: for the whole contract (lot null) or for one lot. */
export interface AwardGroup {
  lot: number | null;
  criteria: AwardCriterion[];
  priceOnly: boolean;
  /** Sum of the weights when all criteria have one. */
  weightSum?: number;
  unit?: 'percent' | 'points';
  /** Where the criteria are introduced (the heading or sentence). */
  evidence: Evidence;
}

export type Variants = 'allowed' | 'forbidden' | 'required';

/** Where the document has a clause of a kind (first sentence of each), for "missing clause" rules. */
export interface ClauseFacts {
  /** Subcontracting is regulated (onderaanneming, sous-traitance, subcontracting). */
  subcontracting: Evidence[];
  /** ILO core conventions (IAO, OIT, ILO). */
  ilo: Evidence[];
  /** A social clause (kansengroepen, sociale economie, clause sociale). */
  social: Evidence[];
  /** Conflict of interest (belangenconflict, conflit d'intérêts). */
  conflictOfInterest: Evidence[];
  /** Exclusion grounds (uitsluitingsgronden, motifs d'exclusion). */
  exclusionGrounds: Evidence[];
}

export interface Facts {
  language: Lang;
  /** The estimated value of the whole contract (all lots, options, renewals), when stated. */
  estimatedValue: ValueStatement | null;
  /** Every value statement, in document order. */
  values: ValueStatement[];
  contractType: Stated<ContractType> | null;
  framework: boolean;
  authorityType: Stated<AuthorityType> | null;
  /** 8-digit CPV codes (check digit dropped), in document order, without duplicates. */
  cpv: Stated<string>[];
  procedure: Stated<Procedure> | null;
  lots: LotsFacts;
  selection: {
    turnover: TurnoverRequirement[];
    references: ReferenceRequirement[];
    certificates: CertificateRequirement[];
  };
  accreditation: AccreditationRequirement[];
  paymentTerms: PaymentTermStatement[];
  award: AwardGroup[];
  variants: Stated<Variants> | null;
  /** ISO dates (YYYY-MM-DD or YYYY-MM-DDTHH:mm). */
  publicationDate: Stated<string>[];
  deadline: Stated<string>[];
  /** ILO high-risk segments the subject falls in, with the words or CPV code that put it there. */
  segments: Stated<Segment>[];
  /** The section kind of each block, by block id. */
  sections: SectionKind[];
  /** Id of the heading block that opens each kind of section, when there is one. */
  sectionHeadings: Partial<Record<SectionKind, number>>;
  /** Block id of the sentence that names the subject of the contract, when found. */
  subjectBlock: number | null;
  /** Performance guarantee (borgtocht, cautionnement) in percent of the contract amount, when stated. */
  guarantee?: Stated<number> | null;
  /** Clauses the document contains, with where. */
  clauses?: ClauseFacts;
}

/** The public JSON shape of facts (eval-format.md): plain values, null where the document does not say. */
export interface PublicFacts {
  language: Lang;
  estimatedValue: { amount: number; currency: string; vatIncluded: boolean | null } | null;
  contractType: ContractType | null;
  framework: boolean;
  cpv: string[];
  procedure: Procedure | null;
  lots: { divided: boolean | null; count: number | null; values: (number | null)[] };
  selection: {
    turnover: { amount: number | null; lot: number | null } | null;
    references: { count: number | null; years: number | null } | null;
    certificates: string[];
  };
  accreditation: { category: string | null; class: number | null } | null;
  paymentTermDays: number | null;
  variants: Variants | null;
  award: { priceOnly: boolean | null; criteria: { name: string; weight: number | null; unit: string | null; lot: number | null }[] };
  publicationDate: string | null;
  deadline: string | null;
  segments: Segment[];
}
