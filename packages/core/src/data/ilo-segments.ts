/**
 * ILO high-risk segments of the Flemish plan 2016-2020 (section 2.5.2): natural stone, timber,
 * textiles and workwear, electronics (ICT and telephony), furniture.
 *
 * CPV prefixes: Common Procurement Vocabulary, Commission Regulation (EC) No 213/2008 (CPV 2008),
 * read 2026-11. A code is in a segment when it starts with one of the prefixes. Services codes are
 * deliberately absent: repairing computers or consultancy on them buys no electronics.
 *
 * Words: nl, fr and en names of the goods as specifications, lot titles and bills of quantities
 * write them (rule-catalogue.md section 1, issue 6). Matched as whole words; the matcher lower-cases
 * nothing, so a capitalised word is only taken at the start of a sentence (place names such as
 * "Bois-Fontaine" or "Houten" are not goods).
 */
import type { Segment } from '../facts/types.js';
import { unicodeWords } from '../text/words.js';

/** Segments in the order the public facts list them. */
export const SEGMENT_ORDER: readonly Segment[] = ['natural-stone', 'timber', 'textiles', 'electronics', 'furniture'];

export const SEGMENT_CPV_PREFIXES: Record<Segment, readonly string[]> = {
  // 44910000 stone for construction: 44911 marble and calcareous stone, 44912 granite, sandstone, basalt, kerbstones.
  'natural-stone': ['4491'],
  // 03419 timber, 44191 wood construction materials (plywood, particle board, parquet), 45422100 woodwork,
  // 45432113 parquet flooring, 45432114 wood flooring work.
  timber: ['03419', '44191', '45422100', '45432113', '45432114'],
  // 18 clothing, footwear, luggage; 192 textile fabrics; 394 textile yarn; 395 textile articles (linen,
  // curtains, carpets); 35811 uniforms; 33199 medical clothing.
  textiles: ['18', '192', '194', '395', '35811', '33199'],
  // 302 computer equipment; 3012 copiers and printers; 32 radio, telephony, network and audio-visual equipment.
  electronics: ['302', '3012', '32'],
  // 391 furniture (3919 is wallpaper); 33192 medical furniture; 45421153 built-in furniture.
  furniture: ['3911', '3912', '3913', '3914', '3915', '3916', '3917', '3918', '33192', '45421153'],
};

/**
 * Names of goods per segment. Lower-case words, except acronyms. Alternatives of a regular
 * expression without nested quantifiers.
 */
export const SEGMENT_WORDS: Record<Segment, readonly string[]> = {
  'natural-stone': [
    // nl
    'natuursteen', 'natuurstenen', 'natuursteenwerk', '(?:blauwe )?hardsteen', 'hardstenen', 'arduin', 'arduinen',
    'graniet', 'granieten', 'marmer', 'marmeren', 'zandsteen', 'kalksteen', 'leisteen', 'natuurleien', 'kasseien',
    'kassei', 'porfierkasseien', 'basalt', 'travertin', 'petit granit', 'blauwe steen', 'leien',
    // fr
    'pierres? naturelles?', 'pierres? bleues?', 'pierres? de taille', 'granits?', 'marbres?', 'ardoises? naturelles?',
    'pavés en pierre', 'bordures en pierre', 'grès naturel', 'travertins?', 'basalte',
    // en
    'natural stones?', 'bluestone', 'granite', 'marble', 'sandstone', 'limestone', 'natural slates?', 'travertine',
    'stone (?:kerbs|curbs|setts|paving|flags|slabs|cladding)', 'cobblestones?', 'granite setts',
  ],
  timber: [
    // nl
    'hout', 'houten', 'hardhout', 'hardhouten', 'naaldhout', 'loofhout', 'massief hout', 'houtwerk', 'schrijnwerkershout',
    'eik', 'eiken', 'eikenhout', 'beukenhout', 'grenen', 'vurenhout', 'meranti', 'multiplex', 'triplex',
    'spaanplaat', 'spaanplaten', 'houtskelet\\w*', 'houtconstructie\\w*', 'parket', 'parketvloer\\w*', 'planken',
    'vloerplanken', 'gelamineerd hout', 'MDF', 'OSB',
    // fr
    'bois', 'en bois', 'boiseries?', 'contreplaqué', 'panneaux de particules', 'chêne', 'hêtre', 'sapin', 'épicéa',
    'lamellé-collé', 'parquets?', 'charpente en bois', 'bois massif', 'bois dur', 'feuillus', 'résineux',
    // en
    'timber', 'timbers', 'wood', 'wooden', 'hardwood', 'softwood', 'plywood', 'oak', 'particleboard', 'chipboard',
    'fibreboard', 'glulam', 'parquet', 'wood flooring', 'timber frame',
  ],
  textiles: [
    // nl
    // Dutch compounds (brandweerkledij, interventiekleding) end in the stem.
    '\\p{L}*kledij', '\\p{L}*kleding', 'textiel', 'textielproducten', 'kledingstukken', 'beroepskledij',
    'beschermkledij', 'beschermkleding', 'bedrijfskleding', 'uniformen', 'dienstkledij', 'regenkledij', 'veiligheidsschoenen',
    'werkschoenen', 'schoeisel', 'T-shirts', "polo's", 'fleeces', 'overalls', 'linnen', 'linnengoed', 'bedlinnen',
    'tafellinnen', 'beddengoed', 'lakens', 'handdoeken', 'gordijnen', 'linnenverhuur',
    // fr
    'textiles?', 'vêtements', 'vêtements de travail', 'vêtements professionnels', 'tenues? de travail', 'uniformes',
    'chaussures de sécurité', 'linge', 'draps', 'serviettes', 'rideaux', 'literie',
    // en
    'textiles', 'clothing', 'garments', 'workwear', 'uniforms', 'footwear', 'safety shoes', 'safety boots', 'linen',
    'bed linen', 'towels', 'curtains', 'apparel', 'protective clothing',
  ],
  electronics: [
    // nl
    'laptops?', 'notebooks', 'computers', 'desktops', "pc's", 'tablets', 'smartphones?', "gsm's", 'GSM-toestellen',
    'mobiele telefoons?', 'telefoontoestellen', 'servers', 'netwerkapparatuur', 'netwerkswitches', 'routers?',
    'beeldschermen', 'printers', 'laserprinters?', 'multifunctionele printers?', 'dockingstations?', 'ICT-apparatuur',
    'ICT-materiaal', 'IT-hardware', 'computermateriaal', 'informaticamateriaal',
    // fr
    'ordinateurs?(?: portables?)?', 'téléphones? portables?', 'tablettes', 'téléphones? mobiles?', 'serveurs?', 'routeurs?',
    'commutateurs', 'imprimantes?', "écrans d['’]ordinateur", 'matériel informatique', 'équipements? informatiques?',
    "stations d['’]accueil",
    // en
    'laptops?', 'desktop computers?', 'personal computers?', 'tablet computers?', 'smartphones?', 'mobile (?:tele)?phones?',
    'servers', 'network equipment', 'network switches', 'routers', 'computer monitors', 'printers', 'docking stations?',
    'ICT equipment', 'IT equipment', 'IT hardware', 'computer hardware', 'computer equipment',
  ],
  furniture: [
    // nl
    '\\p{L}*meubilair', 'meubelen', 'meubel', 'meubels', 'vast meubilair',
    'maatmeubelen', 'meubelplaat', 'meubelplaten', 'stoelen', 'bureaustoelen', 'stoel', 'tafels', 'vergadertafels',
    'zit-sta-bureaus', 'bureautafels', 'ladeblok', 'ladeblokken', 'archiefkasten', 'opbergkasten', 'zetels',
    // fr
    'mobilier', 'mobilier scolaire', 'meubles?', 'chaises', 'tables et chaises', 'armoires', 'pupitres',
    'sièges de bureau',
    // en
    'furniture', 'chairs', '(?:office|school|height-adjustable|sit-stand|student) desks', 'filing cabinets', 'cupboards', 'bookcases', 'sofas', 'wardrobes', 'office seating',
  ],
};

/** A sentence about the contractor's staff wearing or carrying things: their clothing is not the subject. */
export const STAFF_WORDS =
  unicodeWords(/\b(?:personeel|personeelsleden|medewerkers?|werknemers?|arbeiders|schoonmakers|tuinmannen|ploegleden|agents?|personnel|préposés|ouvriers|staff|employees|operatives|workers|operators|consultants)\b/iu);
export const WEAR_WORDS =
  unicodeWords(/\b(?:draagt|dragen|gedragen|draag|uitgerust|porte|portent|porter|revêt|revêtent|wear|wears|worn|wearing|equipped|own|eigen|propres?)\b|(?<!\p{L})équipée?s?(?!\p{L})/iu);

/** Removing or keeping what exists buys nothing. */
export const EXISTING_WORDS =
  unicodeWords(/\b(?:afbreken|afbraak|afgebroken|verwijderen|verwijderd|verwijdering|uitbreken|slopen|sloop|bestaande(?! uit)|behouden|démolition|démolir|démonter|démontage|enlèvement|enlever|existants?|existantes?|demolition|demolish|remove|removed|removal|existing|government-furnished|furnished by)\b/iu);

/** Paper and board are made from wood pulp, but paper is not timber. */
export const PAPER_WORDS = unicodeWords(/\b(?:papier|papieren|paper|papers|karton|carton|cardboard|pulp|pâte|pulpe)\b/iu);

/** In a services contract, goods count only when the contractor supplies or rents them. */
export const SUPPLY_WORDS =
  unicodeWords(/\b(?:levert|leveren|levering|geleverd|verhuur|verhuurt|huur|gehuurd|ter beschikking|fournit|fournir|fourniture|fournis|location|loue|louer|mise à disposition|supply|supplies|supplied|hire|hired|rental|rent|rents|lease|leasing|provides?|provided)\b/iu);

/** Words that name the contract type in a title or an opening sentence, when no CPV code or fact says it. */
export const CONTRACT_TYPE_WORDS = {
  works: /\b(?:opdracht voor werken|aanneming van werken|overheidsopdracht voor werken|marché (?:public )?de travaux|works contract|contract for works|bouwwerken|renovatiewerken|aanneming|aannemer|entrepreneur|chantier|de werf|bouwplaats)\b/iu,
  supplies: /\b(?:opdracht voor leveringen|overheidsopdracht voor leveringen|levering van|marché (?:public )?de fournitures|fourniture de|supply contract|supply of|purchase of|procurement of goods)\b/iu,
  services: /\b(?:opdracht voor diensten|overheidsopdracht voor diensten|marché (?:public )?de services|services contract|service contract|dienstverlening|consultancy|(?:software|development|consulting|professional|support) services)\b/iu,
} as const;

/** Seats and upholstery of a vehicle are parts of the vehicle, not furniture or textiles. */
export const VEHICLE_WORDS =
  unicodeWords(/\b(?:voertuigen|voertuig|wagens?|bestelwagens?|bussen|bus|vrachtwagens?|cabine|véhicules?|camionnettes?|autobus|vehicles?|vans|lorr(?:y|ies)|trucks?|cab)\b/iu);

/** The contractor's site office and its tables and chairs are site facilities, not a purchase. */
export const SITE_FACILITY_WORDS =
  unicodeWords(/\b(?:werfkeet|werfketen|werfkeen|keet|werfbureau|werfvergadering\w*|werfinrichting|kantoorruimte|vergaderlokaal|refter|bureau de chantier|réunions? de chantier|installations de chantier|baraquements?|site office|site accommodation|welfare facilities|site meetings?)\b/iu);

/** Stone named in a description of the ground is geology, not a building material. */
export const GEOLOGY_WORDS =
  unicodeWords(/\b(?:ondergrond|bodemopbouw|grondonderzoek|sonderingen?|boringen|geologi\w*|substratum|sous-sol|géologi\w*|ground conditions|bedrock|strata|underlain|borehole\w*)\b/iu);

/** "Tablets" of a medicine are not computers. */
export const MEDICINE_WORDS =
  unicodeWords(/\b(?:geneesmiddel\w*|medicatie|medicijn\w*|apotheek|mg|médicaments?|comprimés?|pharmac\w*|medicines?|pharmaceutical\w*|dosage)\b/iu);
