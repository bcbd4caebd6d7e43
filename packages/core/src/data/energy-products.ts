/**
 * Energy-related products in the sense of plan section 1 (energy-efficiency directive 2012/27/EU,
 * art. 6 and annex III) and the product groups of the Flemish "gids duurzame aankopen": ICT and
 * displays, lighting, household and kitchen appliances, heating and cooling, vehicles. Nouns in
 * nl, fr and en; Dutch compounds ("sfeerverlichting", "LED-armaturen") match on their last part.
 * Compiled November 2026.
 *
 * Motors, pumps, fans and compressors ("motors-pumps") are in too. The catalogue's list (ICT,
 * vehicles, lighting, heating/cooling, appliances) gives examples of energy-using goods, not a closed
 * list, and these are energy-related products under the EU ecodesign rules (Directive 2009/125/EC):
 * electric motors (Regulation (EU) 2019/1781), water pumps (Regulation (EU) 547/2012), circulators
 * (Regulation (EC) 641/2009), fans (Regulation (EU) 327/2011), ventilation units (Regulation (EU)
 * 1253/2014); compressors are an ecodesign product group under study (preparatory study ENER
 * lot 31). A motor or pump runs for years and its electricity costs many times its price, which is
 * why life-cycle cost matters for them. A pumping station installed under a
 * works contract buys its pumps: the catalogue counts goods "installed under a works contract".
 * Bare Dutch "pompen" is left out (also the verb "to pump"); the kinds of pump are listed instead.
 *
 * Professional (large-)kitchen equipment is appliances: combi steamers, ovens, dishwashing lines,
 * blast chillers and cold rooms run on electricity or gas every day (ecodesign: professional
 * refrigerated storage cabinets, Regulation (EU) 2015/1095). The collective nouns name them
 * ("grootkeukenapparatuur", "kookapparatuur", "équipements de cuisine professionnelle", "catering
 * equipment"); "keukenuitrusting" and "kitchen furniture" are left out, being also furniture and crockery.
 */
import { withUnicodeBoundaries } from '../text/word-boundary.js';

export type EnergyProductGroup = 'ict' | 'lighting' | 'heating-cooling' | 'appliances' | 'vehicles' | 'motors-pumps';

// Dutch heads may end a compound, so they need no boundary before them.
const nl: Record<EnergyProductGroup, string> = {
  ict: 'laptops?|notebooks?|computers?|pc[’\']?s|desktops?|werkposten|tablets?|servers?|beeldschermen|beeldscherm|monitoren|monitors?|printers?|kopieerapparaten|kopieerapparaat|multifunctionals?|dockingstations?|smartphones?|projectoren|projector|beamers?|netwerkswitch(?:es)?|ict-apparatuur|ict-materiaal|ict-hardware',
  lighting: 'verlichting|verlichtingsarmaturen|armaturen|armatuur|lampen|bureaulampen|bureaulamp|verlichtingstoestellen|lichtpunten|led-lampen',
  'heating-cooling': 'verwarmingsketels?|condensatieketels?|ketels|warmtepompen|warmtepomp|airco(?:\'s)?|klimaatregeling|koelinstallaties?|koelmachines?|ventilatie-units?|ventilatiegroepen|luchtbehandelingsgroepen|luchtbehandelingskasten|verwarmingsinstallaties?|boilers?',
  appliances: 'koelkasten|koelkast|diepvriezers?|vaatwassers?|vaatwasmachines?|wasmachines?|droogkasten|droogkast|microgolfovens?|ovens|koffiemachines?|keukentoestellen|huishoudtoestellen|elektrische\\s+toestellen',
  vehicles: 'voertuigen|voertuig|personenwagens?|bestelwagens?|vrachtwagens?|dienstwagens?|bussen|autobussen|elektrische\\s+wagens?|bedrijfsvoertuigen',
  'motors-pumps':
    'pompstations?|pompinstallaties?|pompgroep(?:en)?|(?:dompel|circulatie|centrifugaal|afvalwater|rioolwater|vuilwater|opvoer|hydrofoor|drukverhogings|bemalings|drinkwater|vijzel|zuiger|membraan)pomp(?:en)?|elektromotoren|elektromotor|elektrische\\s+motoren|compressoren|compressor|ventilatoren|ventilatie-eenheden|ventilatie-units?',
};

const fr: Record<EnergyProductGroup, string> = {
  ict: 'ordinateurs?(?:\\s+portables?)?|portables|serveurs?|écrans?|moniteurs?|imprimantes?|copieurs?|photocopieurs?|tablettes?|smartphones?|projecteurs?|stations\\s+d[’\']accueil',
  lighting: 'éclairage|luminaires?|lampes?|appareils\\s+d[’\']éclairage',
  'heating-cooling': 'chaudières?|pompes?\\s+à\\s+chaleur|climatisation|climatiseurs?|installations?\\s+de\\s+chauffage|groupes?\\s+de\\s+ventilation|centrales?\\s+de\\s+traitement\\s+d[’\']air',
  appliances: 'réfrigérateurs?|congélateurs?|lave-vaisselle|lave-linge|sèche-linge|fours?\\s+à\\s+micro-ondes|électroménagers?|appareils\\s+électroménagers',
  vehicles: 'véhicules?|voitures?|camionnettes?|camions?|autobus',
  'motors-pumps': 'pompes?(?!\\s+(?:à\\s+chaleur|funèbres))|stations?\\s+de\\s+(?:pompage|relevage)|moteurs?\\s+électriques?|compresseurs?|ventilateurs?|unités?\\s+de\\s+ventilation',
};

const en: Record<EnergyProductGroup, string> = {
  ict: 'laptops?|notebooks?|computers?|desktops?|PCs|tablets?|servers?|computer\\s+(?:monitors?|screens?)|display\\s+screens?|printers?|copiers?|multifunction\\s+devices?|docking\\s+stations?|smartphones?|mobile\\s+phones?|projectors?|network\\s+switch(?:es)?|ICT\\s+equipment|IT\\s+hardware',
  lighting: 'lighting|luminaires?|lamps?|light\\s+fittings?|street\\s*lights?',
  'heating-cooling': 'boilers?|heat\\s+pumps?|air[- ]conditioning|air\\s+conditioners?|chillers?|HVAC|heating\\s+(?:systems?|installations?)|cooling\\s+(?:systems?|units?)|ventilation\\s+units?|air\\s+handling\\s+units?',
  appliances: 'refrigerators?|fridges?|freezers?|dishwashers?|washing\\s+machines?|tumble\\s+dryers?|microwaves?|ovens?|kitchen\\s+appliances|household\\s+appliances|coffee\\s+machines?',
  vehicles: 'vehicles?|cars|passenger\\s+cars?|vans|trucks?|lorries|buses|minibuses',
  'motors-pumps': '(?:water|submersible|sewage|circulating|circulation|centrifugal|booster|process)\\s+pumps?|pumping\\s+stations?|pump\\s+(?:sets?|stations?)|electric\\s+motors?|compressors?|(?:ventilation|extract|supply)\\s+fans?',
};

function buildFrom(nlSource: string, frSource: string, enSource: string): RegExp {
  return withUnicodeBoundaries(new RegExp(`(?:(?:${nlSource})|(?<![\\p{L}\\p{N}])(?:${frSource})|(?<![\\p{L}\\p{N}])(?:${enSource}))(?![\\p{L}\\p{N}])`, 'giu'));
}
function build(group: EnergyProductGroup): RegExp {
  return buildFrom(nl[group], fr[group], en[group]);
}

/**
 * Professional kitchen equipment (appliances), by its collective nouns and the appliances that only a
 * large kitchen has. A pattern of its own, run only where mayNameKitchen finds a kitchen word: most subjects never
 * name a kitchen, and then this pattern is never compiled.
 */
const KITCHEN = buildFrom(
  'vaatwaslijn(?:en)?|vaatwasinstallaties?|vaatwastunnels?|combi-?steamers?|snelkoelers?|koelcel(?:len)?|vriescel(?:len)?|kooktoestellen|keukenapparatuur|kookapparatuur|keukenapparaten',
  'fours?\\s+mixtes?|cellules?\\s+de\\s+refroidissement(?:\\s+rapide)?|chambres?\\s+froides?|appareils\\s+de\\s+cuisson|(?:équipements?|matériels?|appareils?)\\s+de\\s+(?:grande\\s+)?cuisine\\s+professionnelle|équipements?\\s+de\\s+(?:grande\\s+)?cuisine',
  'dishwashing\\s+machines?|combi(?:nation)?\\s+steamers?|cold\\s+rooms?|cooking\\s+(?:appliances|equipment)|(?:commercial\\s+|professional\\s+|industrial\\s+)?kitchen\\s+equipment|catering\\s+equipment',
);
// Found (in lower case) wherever KITCHEN matches; plain substring tests, so that no pattern is compiled at all.
const KITCHEN_WORDS = ['vaatwas', 'steamer', 'snelkoel', 'koelcel', 'vriescel', 'kooktoest', 'keukenappara', 'kookappara', 'mixte', 'refroidissement', 'froide', 'cuisson', 'cuisine', 'dishwashing', 'cold', 'cooking', 'kitchen', 'catering'];
function mayNameKitchen(text: string): boolean {
  const low = text.toLowerCase();
  return KITCHEN_WORDS.some((w) => low.includes(w));
}

export const ENERGY_PRODUCT_GROUPS: EnergyProductGroup[] = ['ict', 'lighting', 'heating-cooling', 'appliances', 'vehicles', 'motors-pumps'];

/** One pattern per group of energy-related products. */
export const ENERGY_PRODUCT_PATTERNS: Record<EnergyProductGroup, RegExp> = Object.fromEntries(
  ENERGY_PRODUCT_GROUPS.map((g) => [g, build(g)]),
) as Record<EnergyProductGroup, RegExp>;

/** The energy-related products a text names, as written, with their group. */
export function findEnergyProducts(text: string): { group: EnergyProductGroup; text: string; index: number }[] {
  const out: { group: EnergyProductGroup; text: string; index: number }[] = [];
  const patterns: [EnergyProductGroup, RegExp][] = ENERGY_PRODUCT_GROUPS.map((g) => [g, ENERGY_PRODUCT_PATTERNS[g]]);
  if (mayNameKitchen(text)) patterns.push(['appliances', KITCHEN]);
  for (const [g, re] of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // A Dutch compound ("sfeerverlichting") is named from the start of its word.
      let start = m.index;
      while (start > 0 && start > m.index - 30 && /[\p{L}-]/u.test(text[start - 1]!)) start--;
      out.push({ group: g, text: text.slice(start, m.index + m[0].length), index: start });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * CPV divisions and groups of energy-related products (Regulation (EC) 213/2008): computer equipment,
 * office machines, lighting, telecommunication equipment, motor vehicles, domestic appliances,
 * cooling and ventilation, boilers, pumps and compressors (4212), electric motors (3111), and the
 * professional kitchen: kitchen equipment, food-preparation machinery, non-domestic dishwashers.
 */
export const ENERGY_PRODUCT_CPV_PREFIXES: { prefix: string; group: EnergyProductGroup }[] = [
  { prefix: '302', group: 'ict' },
  { prefix: '3012', group: 'ict' },
  { prefix: '3225', group: 'ict' },
  { prefix: '3232', group: 'ict' },
  { prefix: '3255', group: 'ict' },
  { prefix: '315', group: 'lighting' },
  { prefix: '34993', group: 'lighting' },
  { prefix: '341', group: 'vehicles' },
  { prefix: '3414', group: 'vehicles' },
  { prefix: '397', group: 'appliances' },
  { prefix: '425', group: 'heating-cooling' },
  { prefix: '4216', group: 'heating-cooling' },
  { prefix: '4462', group: 'heating-cooling' },
  { prefix: '3971', group: 'appliances' },
  // Kitchen equipment (39221000 itself, not its kitchenware and crockery 392211..), machinery for
  // the preparation of food (42215), non-domestic dishwashing machines (42959000).
  { prefix: '39221000', group: 'appliances' },
  { prefix: '42215', group: 'appliances' },
  { prefix: '42959', group: 'appliances' },
  { prefix: '4212', group: 'motors-pumps' },
  { prefix: '3111', group: 'motors-pumps' },
];

/** The energy-related product group of an 8-digit CPV code, if it is one. */
export function energyProductGroupOfCpv(code: string): EnergyProductGroup | undefined {
  let best: { prefix: string; group: EnergyProductGroup } | undefined;
  for (const p of ENERGY_PRODUCT_CPV_PREFIXES) if (code.startsWith(p.prefix) && (!best || p.prefix.length > best.prefix.length)) best = p;
  return best?.group;
}
