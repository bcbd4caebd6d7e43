/**
 * Brand, trade and product names that Belgian tender specifications prescribe, by sector. Compiled
 * November 2026 from the product groups of the Flemish "gids duurzame aankopen", the sectors named in
 * plan 2.5.1/2.5.2 and brand names seen in Belgian bestekken; each is a registered trade mark of its
 * owner. A name marked `needsModel` is also an ordinary word or a surname, so it counts only when a
 * product or model designation follows it ("Windows 11", "HP EliteBook"), never alone.
 */

export type BrandSector = 'ict' | 'software' | 'vehicles' | 'furniture' | 'cleaning' | 'building' | 'installations' | 'appliances' | 'textiles' | 'lighting';

export interface BrandEntry {
  name: string;
  sector: BrandSector;
  needsModel?: boolean;
}

const list = (sector: BrandSector, names: string, needsModel = false): BrandEntry[] =>
  names.split('|').map((name) => ({ name: name.trim(), sector, ...(needsModel ? { needsModel } : {}) }));

export const BRANDS: BrandEntry[] = [
  ...list('ict', 'Dell|Lenovo|ThinkPad|MacBook|iPad|iPhone|Intel|Ryzen|Xeon|Cisco|Samsung|Acer|Asus|Fujitsu|Toshiba|Canon|Epson|Xerox|Ricoh|Kyocera|Konica Minolta|Lexmark|Logitech|Jabra|Plantronics|Synology|NetApp|Fortinet|FortiGate|Juniper Networks|Ubiquiti|Nvidia|NVIDIA|GeForce|Chromebook|Latitude|EliteBook|ProBook|OptiPlex|UltraSharp|Surface Pro|Huawei|Motorola|Nokia|Zebra Technologies|Panasonic|Barco|Crestron|Extron|Polycom|Yealink|Avaya|Alcatel-Lucent'),
  ...list('ict', 'HP|AMD|LG|Apple|Sharp|Brother|Aruba|Poly|Core|Surface|Galaxy|ThinkCentre|Lumia', true),
  ...list('software', 'Microsoft|Azure|SharePoint|Office 365|Microsoft 365|Intune|VMware|Oracle|Salesforce|ServiceNow|Adobe|Acrobat|Photoshop|AutoCAD|Autodesk|Revit|ArcGIS|Esri|Citrix|Veeam|Sophos|Visual Studio|Jenkins|Entity Framework|AngularJS|SAP HANA|Google Workspace|Dynamics 365|Power BI|Tableau|Qlik|Exchange Server|SQL Server|MySQL|Red Hat|Splunk|Atlassian|Jira|Confluence'),
  ...list('software', 'Windows|SAP|Android|iOS|Office|Word|Excel|Outlook', true),
  ...list('vehicles', 'Volkswagen|Renault|Peugeot|Citroën|Citroen|Toyota|Mercedes-Benz|Mercedes|BMW|Audi|Opel|Skoda|Škoda|Volvo|Tesla|Hyundai|Nissan|Iveco|Scania|Van Hool|Caterpillar|JCB|Kubota|John Deere|Husqvarna|Stihl|Piaggio|Vespa|Gazelle|Batavus|Cortina|Riese & Müller'),
  ...list('vehicles', 'VW|Ford|Kia|Fiat|MAN|DAF|Dacia|Mini|Toro|Solaris', true),
  ...list('furniture', 'Steelcase|Herman Miller|Vitra|Haworth|Ahrend|Kinnarps|Sedus|Interstuhl|Wilkhahn|Gispen|Drentea|Dauphin|Camira|Kvadrat|Vepa|Sitland|Humanscale|Aeron|Ikea|IKEA|Bene|USM Haller'),
  ...list('cleaning', 'Diversey|Taski|TASKI|Ecolab|Kärcher|Karcher|Nilfisk|Vileda|Tork|Greenspeed|Christeyns|Numatic|Dettol|Lysol|Sanytol|Glassex|Cif|Dreft|Vanish'),
  ...list('building', 'Gerflor|GERFLOR|Forbo|FORBO|Marmoleum|Tarkett|Rockfon|ROCKFON|Rockwool|ROCKWOOL|Knauf|Sika|SikaGrout|Sikaflex|StoTherm|Soudal|Bostik|Saint-Gobain|Isover|Kingspan|Recticel|Unilin|Ytong|Wienerberger|Velux|VELUX|Reynaers|Schüco|Schueco|Dorma|DORMA|dormakaba|Geze|GEZE|Assa Abloy|Abloy|Kone|KONE|Schindler|Otis|Thyssenkrupp|Grohe|Hansgrohe|Geberit|Villeroy & Boch|Duravit|Ideal Standard|Sikkens|Sigma Coatings|Trimetal|Caparol|Hilti|Eternit|Promat|Tremco|Mapei|Quick-Step|Desso|Armstrong Ceilings|Ecophon|Etex|Aliplast|Technal|Deceuninck'),
  ...list('installations', 'Vaillant|Viessmann|Daikin|Mitsubishi Electric|Buderus|Bosch|Remeha|Stiebel Eltron|Danfoss|Honeywell|Siemens|Schneider Electric|Legrand|Niko|Hager|Jung|Gira|Grundfos|Wilo|Renson|Zehnder|Nibe|NIBE|Carrier|Trane|Weishaupt'),
  ...list('installations', 'ABB|Atlas|Atlantic|Interface|Rational|Thorn|Regent', true),
  ...list('lighting', 'Schréder|Schreder|Signify|Zumtobel|Fagerhult|Trilux|Osram|Ledvance|Philips|Owlet|Etap|ETAP'),
  ...list('appliances', 'Whirlpool|Liebherr|Miele|AEG|Electrolux|Smeg|Bauknecht|Hobart|Winterhalter|Dyson|Nespresso|Senseo|Bravilor'),
  ...list('textiles', 'GORE-TEX|Gore-Tex|Goretex|Cordura|Kevlar|Thinsulate|Vibram|Lycra|Dyneema|Coolmax|Sympatex|Polartec|Nomex|Tencel'),
];

/**
 * Labels, certification marks and technology standards that carry ® or ™ or look like brands but
 * are not trade names of a product: the label and standard rules treat them, not this one.
 */
export const NOT_BRANDS = new Set(
  (
    'FSC|PEFC|Energy Star|ENERGY STAR|EPEAT|TCO|TCO Certified|Blauer Engel|Blue Angel|Nordic Swan|Nordic Ecolabel|EU Ecolabel|Ecolabel|Fairtrade|FAIRTRADE|Max Havelaar|OEKO-TEX|Oeko-Tex|GOTS|MSC|ASC|bluesign|Rainforest Alliance|Cradle to Cradle|C2C|Milieukeur|NF|Keymark|KOMO|BENOR|Benor|ATG|CE|VCA|ISO|EMAS|Bluetooth|Wi-Fi|WiFi|CERTIFIED|Certified|HDMI|USB|DisplayPort|Thunderbolt|Zhaga|DALI|KNX|Qi|PoE|Energy Label|Ecodesign|SA8000|BREEAM|LEED|EPD|Passivhaus'
  ).split('|'),
);

/**
 * Capitalised words that follow "merk", "type" or "model" without being a trade name: articles,
 * instructions ("Merk: Nader te bepalen") and the generic acronyms of materials and interfaces.
 */
export const NOT_NAMES = new Set(
  (
    'De|Het|Een|Te|Nader|Vrij|Vrije|Aangeboden|Opgegeven|Zelf|Nog|Invullen|Proposé|Proposée|Offered|Proposed|Specified|Bidder|Tenderer|Vendor|Unknown|Not|Naar|Door|In|Op|Volgens|Keuze|Zie|Aan|Bij|Met|Van|Voor|Of|En|Conform|Idem|Nvt|NVT|Onbekend|Inschrijver|Aannemer|Opdrachtnemer|Bouwheer|Architect|Ontwerper|Leverancier|Fabrikant|Gelijkwaardig|' +
    'Le|La|Les|Au|Aux|Du|Des|Selon|Libre|Voir|Au choix|Soumissionnaire|Entrepreneur|Fournisseur|Fabricant|Équivalent|' +
    'The|A|An|To|Any|Free|Optional|See|As|Per|Contractor|Supplier|Manufacturer|Equivalent|TBD|TBC|SLA|DPA|NEC|NEC3|NEC4|JCT|FIDIC|RFQ|RFP|ITT|KPI|GDPR|TUPE|PQQ|ESPD|UEA|DUME|LOD|' +
    'PVC|HPL|LED|RVS|MDF|HDF|OSB|EPDM|XPS|EPS|PUR|PIR|ABS|HDPE|LDPE|PE|PP|PET|PMMA|TPO|USB|HDMI|RJ|SFP|IP|ISO|EN|NBN|DIN|NF|CE|BENOR|ATG|UTP|FTP|STP|LCD|OLED|SSD|HDD|RAM|DDR|CPU|GPU|UPS|AC|DC|GSM|LTE|WIFI|NCS|RAL|ESD|SEi|EI|RF|HR|HVAC|WC|BIM|IFC|PDF|SQL|API|MVC|ANSI|IEC|CEN|STS|PTV|CPV|ABC|HACCP|ATEX|SMD|COB|MCB|RCD|RCBO|ETA|NEN|AREI|RGIE|EPB|VOC|TVOC|HEA|HEB|HEM|IPE|IPN|UPN|UPE|UNP|INP|SVR|PEHD|PEX|CPVC|PPR|AISI|LVL|WBP|FPO|SBS|APP|ETICS|CEM|ALU|INOX|GRP|CLT|UV|IR|RGB|HD|UHD|WPC|CNC|LTE|NBN|DVD|VGA|DVI|USB-C|RJ45|MM|CM|KG|KW|KWH|DIY|EU|BE|NL|FR|UK|US'
  ).split('|'),
);
