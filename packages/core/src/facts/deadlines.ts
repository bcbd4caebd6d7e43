/**
 * The publication date of the notice and the deadline for receipt of tenders; not the deadline for
 * questions, for site visits or for the start of the works.
 */
import { latinFast } from '../text/latin-fast.js';
import { findDates } from '../text/dates.js';
import type { Scan } from './scan.js';
import type { Stated } from './types.js';

const DEADLINE =
  latinFast(/uiterste\s+indieningsdatum|uiterste\s+(?:datum|termijn)[^.;]{0,40}(?:ontvangst|indiening|indienen|neerleggen)|(?:ontvangst|indiening)\s+van\s+de\s+offertes|offertes?\s+(?:moet(?:en)?|dien(?:t|en))\s+[^.;]{0,60}(?:toekomen|ingediend|toegekomen|ontvangen|opgeladen)|indieningstermijn|uiterlijk\s+[^.;]{0,30}(?:ingediend|indienen)|(?:offerte|inschrijving)\p{L}*\s+[^.;]{0,60}?(?:ingediend|toekomen)\s+[^.;]{0,40}?uiterlijk|opening\s+van\s+de\s+offertes|date\s+(?:et\s+heure\s+)?limite\s+de\s+(?:r[ée]ception|d[ée]p[ôo]t|remise)|offres?\s+doi(?:t|vent)\s+[^.;]{0,60}(?:parvenir|[êe]tre\s+(?:d[ée]pos|introduit|remis|re[çc]u))|(?:d[ée]p[ôo]t|remise|r[ée]ception)\s+des\s+offres|s[ée]ance\s+d['’]ouverture|time[-\s]limit\s+for\s+receipt\s+of\s+tenders|deadline\s+for\s+(?:the\s+)?(?:submission|receipt)\s+of\s+(?:tenders|bids|offers|quotes|quotations|proposals)|tenders?\s+(?:must|should|shall)\s+be\s+(?:submitted|received|returned)|tenders?\s+(?:must|should|shall)\s+(?:reach|arrive\s+at)|(?:submission|tender|return)\s+deadline|closing\s+date|DATE_RECEIPT_TENDERS|quotes?\s+(?:are\s+)?due|proposals?\s+(?:are\s+)?due|responses?\s+(?:are\s+)?due/iu);
const NOT_DEADLINE = /vragen|vraag|questions?|plaatsbezoek|bezoek|visite|site\s+visit|clarification|verduidelijking|informatiesessie|séance\s+d['’]information|aanvang|start|d[ée]but|commencement|levering|livraison|delivery|stalen|[ée]chantillons|samples/iu;
const PUBLICATION =
  latinFast(/verzending\s+(?:van\s+)?(?:de\s+|het\s+)?(?:aankondiging|bericht)|(?:datum\s+van\s+)?(?:de\s+)?bekendmaking\s+(?:van\s+de\s+aankondiging\s+)?(?:op|:)|aankondiging\s+(?:werd\s+|is\s+)?(?:verzonden|gepubliceerd|bekendgemaakt)|gepubliceerd\s+op|date\s+d['’]envoi|avis\s+(?:a\s+[ée]t[ée]\s+)?(?:envoy[ée]|publi[ée])|publi[ée]\s+le|date\s+of\s+dispatch|dispatch\s+(?:date|of\s+(?:this|the)\s+notice)|notice\s+(?:was\s+)?(?:sent|dispatched|published)|publication\s+date|date\s+of\s+publication|DATE_DISPATCH_NOTICE|date\s+de\s+publication|publicatiedatum|(?:bekendmaking|publicatie|verschijning)\s+van\s+(?:de\s+|het\s+)?(?:aankondiging|bericht)|aankondiging\s+(?:van\s+(?:de\s+)?opdracht\s+)?(?:wordt|werd|is)\s+(?:bekendgemaakt|gepubliceerd|verschenen)|publication\s+(?:de\s+l['’]avis|du\s+(?:pr[ée]sent\s+)?avis)|avis\s+de\s+march[ée]\s+(?:sera\s+|est\s+)?publi[ée]|publication\s+of\s+(?:the\s+|this\s+)?(?:contract\s+)?notice|notice\s+(?:will\s+be\s+|is\s+)?published|\baankondiging\s+(?:werd|wordt|is)\s+op\s+(?:\p{L}+\s+)?verzonden|\baankondiging\s+(?:wordt|zal\s+worden)\s+(?:verzonden|gepubliceerd|bekendgemaakt)|\bnotice\s+was\s+on\s+(?:sent|dispatched)|\bavis\s+a\s+[ée]t[ée]\s+(?:envoy[ée]|publi[ée])\s+le/iu);

// The notice by its full name: "aankondiging (van opdracht)", "avis (de marché)", "(contract) notice".
// Not a prior information notice ("vooraankondiging", "avis de préinformation") nor an award notice.
const NOTICE = String.raw`(?<![a-zà-öø-ÿ])(?<!information\s|award\s)(?:aankondiging(?:\s+van\s+(?:de\s+)?opdracht)?|avis(?:\s+de\s+(?:march[ée]|concession))?|(?:(?:contract|concession)\s+)?notice)`;
// The verbs of sending or publishing a notice, in nl, fr and en.
const SENT = String.raw`(?:verzonden|verstuurd|gestuurd|toegezonden|overgemaakt|bezorgd|gepubliceerd|bekendgemaakt|envoy[ée]|transmis|adress[ée]|publi[ée]|sent|dispatched|submitted|transmitted|forwarded|published)`;
// A label or statement that names the notice, its full name and any words between the auxiliary and the verb
// ("De aankondiging van opdracht werd naar het Publicatiebureau gestuurd op ...", "Dispatch of the contract notice to ...").
const NOTICE_SENT = new RegExp(
  String.raw`${NOTICE}\s+(?:werd|wordt|is|zal\s+worden|a\s+[ée]t[ée]|est|sera|was|has\s+been|will\s+be)\s+(?:[^.;\d]{0,80}?\s)?${SENT}(?![a-zà-öø-ÿ])|(?:envoi|transmission)\s+de\s+l['’]\s*avis|(?:dispatch|sending|transmission|submission)\s+of\s+(?:this|the)\s+(?:[a-zà-öø-ÿ]+\s+){0,2}?notice|(?:verzending|toezending)\s+van\s+(?:de\s+|het\s+)?${NOTICE}`,
  'i',
);
// A date inside the statement: "aankondiging ... werd op" DATE "naar het Publicatiebureau ... gestuurd".
const NOTICE_AUX_BEFORE = new RegExp(String.raw`${NOTICE}\s+(?:werd|wordt|is|zal\s+worden|a\s+[ée]t[ée]|est|was|has\s+been|will\s+be)\s+(?:[a-zà-öø-ÿ]+\s+){0,2}?(?:op|le|on)\s*$`, 'i');
const SENT_AFTER = new RegExp(String.raw`^[^.;]{0,140}?(?<![a-zà-öø-ÿ])${SENT}(?![a-zà-öø-ÿ])`, 'i');
// Notices that are not the contract notice: a prior information notice, an award notice.
const OTHER_NOTICE = /vooraankondiging|aankondiging\s+van\s+(?:de\s+)?gunning|avis\s+(?:de\s+pr[ée]information|d['’]attribution)|prior\s+information\s+notice|(?:contract\s+)?award\s+notice/i;
// Passive present and permission forms of the deadline: "Offertes worden ontvangen tot", "kunnen worden ingediend
// uiterlijk op", "Les offres sont reçues jusqu'au", "Tenders will be accepted until". The limit word comes right
// before the date (a weekday may come between); the subject and verb may come before or after it.
const TENDER_RECEIVED = new RegExp(
  String.raw`(?<![a-zà-öø-ÿ])(?:(?:offerte|inschrijving)(?:s|n|en)?|aanvra(?:ag|gen)\s+tot\s+deelneming|offres?|soumissions?|demandes?\s+de\s+participation|tenders?|bids?|offers?|proposals?|quotations?|quotes?|requests?\s+to\s+participate)\s+(?:worden|wordt|kunnen|kan|mogen|mag|zullen|zal|sont|seront|est|sera|peuvent|peut|pourront|pourra|are|is|will|shall|may|can)\s+(?:[^.;]{0,60}?\s)?(?:ontvangen|aanvaard|ingediend|neergelegd|opgeladen|ingeleverd|bezorgd|ingewacht|re[çc]u(?:e|s|es)?|accept[ée](?:e|s|es)?|d[ée]pos[ée](?:e|s|es)?|introduit(?:e|s|es)?|remis(?:e|es)?|transmis(?:e|es)?|accepted|received|submitted|lodged|uploaded|delivered)(?![a-zà-öø-ÿ])`,
  'i',
);
const LIMIT_BEFORE_DATE = /(?<![a-zà-öø-ÿ])(?:tot(?:\s+en\s+met)?|uiterlijk(?:\s+op)?|ten\s+laatste(?:\s+op)?|v[óo][óo]r|jusqu['’]\s*(?:au|à|a)|au\s+plus\s+tard(?:\s+le)?|avant\s+le|until|up\s+to(?:\s+and\s+including)?|no\s+later\s+than|not\s+later\s+than|by|before|on\s+or\s+before)\s+(?:[a-zà-öø-ÿ]+,?\s+)?$/i;
// A cheap test before the notice patterns.
const NOTICE_HINT = /aankondiging|avis|notice/i;
// A row label that is only the notice's name ("Aankondiging van opdracht | 9 februari 2026", "Contract notice | ...").
const NOTICE_LABEL = /^\s*(?:(?:datum\s+(?:van\s+)?(?:de\s+)?)?aankondiging\s+van\s+(?:de\s+)?opdracht|avis\s+de\s+march[ée]|contract\s+notice)\s*:?\s*$/i;

export function extractDeadlines(scan: Scan): { deadline: Stated<string>[]; publicationDate: Stated<string>[] } {
  const deadline: Stated<string>[] = [];
  const publicationDate: Stated<string>[] = [];
  const blocks = scan.document.blocks;
  for (const block of blocks) {
    if (!/(?:19|20)\d\d/.test(block.text)) continue;
    const dates = findDates(block.text);
    if (!dates.length) continue;
    const label = block.kind === 'table-cell' ? scan.rowLabel(block)?.text ?? '' : '';
    const prev = blocks[block.id - 1];
    // TED notices and key-value lines put the label in the block just before the value.
    const prevLabel = prev && prev.text.length < 120 && /^\s*\[[A-Z_/]+/u.test(prev.text) ? prev.text : '';
    for (const d of dates) {
      const s = scan.sentenceAt(block, d.start);
      const clause = clauseBefore(block.text, s.start, d.start, d.end);
      const context = `${label} ${prevLabel} ${clause}`;
      const stated = { value: d.iso, evidence: scan.evidence(block, d.start, d.end) };
      const notice = NOTICE_HINT.test(context) && (NOTICE_SENT.test(context) || NOTICE_LABEL.test(label) || sentAround(block.text, s.start, d.start, d.end));
      if ((PUBLICATION.test(context) || notice) && !DEADLINE.test(clause) && !OTHER_NOTICE.test(context)) {
        publicationDate.push(stated);
        continue;
      }
      const received = LIMIT_BEFORE_DATE.test(block.text.slice(Math.max(s.start, d.start - 40), d.start)) && TENDER_RECEIVED.test(clause);
      if ((DEADLINE.test(context) || received) && !NOT_DEADLINE.test(received ? clause.replace(DEADLINE, '').replace(TENDER_RECEIVED, '') : clause.replace(DEADLINE, ''))) {
        if (!deadline.some((x) => x.value === stated.value && x.evidence.blockId === block.id)) deadline.push(stated);
      }
    }
  }
  return { deadline, publicationDate };
}

// The part of the sentence that leads up to a date, from the previous date (or sentence start) on.
function clauseBefore(text: string, sentenceStart: number, start: number, end: number): string {
  let s = start;
  while (s > sentenceStart && !/[;]/.test(text[s - 1]!) && start - s < 200) s--;
  const tail = text.slice(end, Math.min(text.length, end + 60)).split(/[.;]/u)[0]!;
  return text.slice(s, start) + ' ' + tail;
}

// "De aankondiging van opdracht werd op DATE naar het Publicatiebureau van de Europese Unie gestuurd": the
// date between the auxiliary and the verb, with a destination of any length after it.
function sentAround(text: string, sentenceStart: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  if (!NOTICE_AUX_BEFORE.test(before)) return false;
  return SENT_AFTER.test(text.slice(end, end + 160));
}
