/**
 * Words of environmental requirements, award criteria and clauses (plan 2.5 and 2.5.1; the themes
 * of the Flemish "gids duurzame aankopen": energy, emissions, materials, recycling, waste, packaging,
 * labels, transport, chemicals, biodiversity, environmental law), nl, fr, en. November 2026.
 * Bare "sustainable"/"duurzaam" are left out: they also mean "lasting" ("sustainable software
 * development", "duurzame relatie").
 */
import { factored, withUnicodeBoundaries } from '@tenderlint/core';

export const ENVIRONMENTAL_CUES: RegExp[] = [
  // Dutch: compounds carry the cue as their first or last part.
  /\bmilieu\p{L}*|milieubeheer\b|\becolog\p{L}*|\bCO[2₂]\b|\bkoolstof\p{L}*|\bbroeikasgas\p{L}*|\buitstoot\b|emissie|\benergie-?effici\p{L}*|\benergieverbruik\p{L}*|\benergiezuinig\p{L}*|\benergielabel\p{L}*|\benergieprestatie\p{L}*|\bhernieuwbare\s+energie\b|recycl|\bgerecycleerd\p{L}*|\bhergebruik\p{L}*|afval(?:beheer|stoffen|preventie|arm\p{L}*|sortering|verwerking|fractie\p{L}*|scheiding|reductie)|(?:bouw|sloop|voedsel|rest|gevaarlijk|groen)afval|(?:selectief|gesorteerd|gescheiden)\s[^.;]{0,40}?(?:afval|ingezameld|afgevoerd|gestort)|(?:sorteert|sorteren|scheidt|scheiden)\s[^.;]{0,25}?afval|afval\p{L}*\s[^.;]{0,40}?(?:gesorteerd|gescheiden|per\s+fractie|selectief)|verpakking|\bbiologisch\p{L}*|\bchemische\s+stoffen\b|\bgevaarlijke\s+stoffen\b|\bbiodiversiteit\b|\bpesticid\p{L}*|\bbestrijdingsmiddel\p{L}*|\bVlarem\b|\bVlarea\b|\bbodemdecreet\b|\bcircula\p{L}*|\bduurzaam\s+beheerde\b|\bduurzame\s+(?:aankoop|aankopen|overheidsopdrachten|productie|materialen|mobiliteit|bosbouw|visserij)\b|\bduurzaamheid(?:scriteri\p{L}*)?\b|\bklimaat(?:neutra\p{L}*|pact|doel\p{L}*|impact|verandering|vriendelijk\p{L}*|actieplan|plan|beleid|adaptatie)|\bgroenonderhoud\b|\bnatuurbeheer\b|\blichtvervuiling\b|\bhemelwater\p{L}*|\bwaterverbruik\b/iu,
  // French.
  /\benvironnement\p{L}*|\bécolog\p{L}*|\bcarbone\b|\bgaz\s+à\s+effet\s+de\s+serre\b|\bémissions?\b|\befficacité\s+énergétique\b|\bconsommation\s+(?:d['’]énergie|énergétique|électrique)\b|\bénergies?\s+renouvelables?\b|\brecycl\p{L}*|\bréemploi\b|\bréutilis\p{L}*|\b(?:tri|gestion|valorisation|collecte|réduction|prévention)\s+des\s+déchets\b|\bdéchets\s+(?:dangereux|triés|de\s+construction|alimentaires|verts)\b|\bemballages?\b|\bécolabel\p{L}*|\blabel\s+écologique\b|\bbiologiques?\b|\bsubstances\s+dangereuses\b|\bbiodiversité\b|\bpesticides?\b|\bdéveloppement\s+durable\b|\béconomie\s+circulaire\b|\bclimatiques?\b|\bespaces\s+verts\b/iu,
  // English.
  /\benvironmental\p{L}*|\benvironmentally\b|\becolog\p{L}*|\bcarbon\b|\bgreenhouse\b|\bemissions?\b|\benergy[- ]efficien\p{L}*|\benergy\s+(?:consumption|use|performance|label|class|rating)\b|\brenewable\s+energy\b|\brecycl\p{L}*|\bwaste\s+(?:management|disposal|reduction|collection|hierarchy|sorting|streams?)\b|\b(?:hazardous|food|packaging|construction)\s+waste\b|\bpackaging\b|\beco-?label\p{L}*|\bhazardous\s+substances\b|\bbiodiversity\b|\bpesticides?\b|\bsustainab(?:le|ility)\s+(?:procurement|development|sourcing|materials|travel|forestry|forest|timber|fishing)\b|\bsustainability\s+(?:of|criteri\p{L}*|requirements?)\b|\bcircular\s+economy\b|\bclimate\b|\bnature\s+(?:management|conservation)\b|\bforestry\b|\barboricultur\p{L}*|\btree\s+works\b/iu,
  // Labels, management systems and vehicle standards, any language.
  /\b(?:ISO\s*14001|EMAS|EU\s+Ecolabel|Ecolabel|Nordic\s+Swan|Blauer\s+Engel|FSC|PEFC|MSC|ASC|Energy\s+Star|EPEAT|TCO\s+Certified|OEKO-TEX|GOTS|Cradle\s+to\s+Cradle|REACH|RoHS|Euro\s*(?:[56]|VI)\p{L}?|Stage\s+V|CO2-prestatieladder)\b/u,
].map(withUnicodeBoundaries);

/** Energy-efficiency requirements: energy label or class, Energy Star, EPEAT, TCO Certified, maximum consumption in W or kWh, lm/W, SCOP/SEER, a vehicle emission standard. */
export const ENERGY_EFFICIENCY_CUES: RegExp[] = [
  /\b(?:energielabel\p{L}*|energieklasse\p{L}*|energie-?efficiëntieklasse\p{L}*|energie-?effici\p{L}*|energieverbruik\p{L}*|stroomverbruik|opgenomen\s+vermogen|energieprestatie\p{L}*|classe\s+(?:énergétique|d['’]efficacité\s+énergétique)|étiquette\s+énergétique|efficacité\s+énergétique|consommation\s+(?:d['’]énergie|énergétique|électrique)|energy\s+(?:label|class|rating|efficiency|consumption|performance)|power\s+consumption|energy[- ]efficient|Ecodesign|ecodesign|écoconception)\b/iu,
  /\b(?:Energy\s+Star|ENERGY\s+STAR|EPEAT|TCO\s+Certified|80\s*PLUS)\b/u,
  /\d\s*(?:W|kW|kWh|Wh|watt)\b(?!\s*\/?\s*m\s*K)|\blm\s*\/\s*W\b|\blumen\s+per\s+watt\b|\b(?:SCOP|SEER|SFP)\b/u,
  /\b(?:Euro\s*(?:[56](?:d|e)?|VI[a-e]?)|Stage\s+(?:V|IV)|emissienorm\p{L}*|norme\s+d['’]émission\p{L}*|emission\s+(?:standard|class)\p{L}*)\b/iu,
  /\b(?:energieklasse|energy\s+class|classe\s+énergétique)\s*:?\s*A\b|\bA\+{1,3}/i,
  // Motors and pumps: IE efficiency class (IEC 60034-30-1), the minimum efficiency index of water pumps (MEI), the energy efficiency index of circulators (EEI).
  /\b(?:IE\s?[2-5]|(?:efficiëntie|rendements)klasse\s+IE|classe\s+(?:de\s+rendement|d['’]efficacité)\s+IE|efficiency\s+class\s+IE)\b|\b(?:MEI|EEI)\b[^.;\d]{0,25}0[,.]\d/u,
].map(withUnicodeBoundaries);

/** A cheap test that a text may hold an environmental cue, before the patterns above run. */
export const ENVIRONMENTAL_STEMS =
  factored(/milieu|ecolog|écolog|co2|co₂|koolstof|broeikas|uitstoot|emissi|émission|energ|énerg|recycl|hergebruik|réemploi|réutilis|afval|verpakking|biolog|stoffen|substances|biodivers|pesticid|bestrijdingsmiddel|vlarem|vlarea|bodemdecreet|circula|duurza|durable|sustainab|klimaat|climat|groenonderhoud|natuurbeheer|lichtvervuiling|hemelwater|waterverbruik|environ|carbon|gaz à effet|déchet|emballage|label|espaces verts|greenhouse|renewable|waste|packaging|hazardous|nature|forestry|arboricult|tree works|iso\s*14001|emas|swan|engel|fsc|pefc|msc|asc|energy star|epeat|tco|oeko|gots|cradle|reach|rohs|euro\s*[56v]|stage v|prestatieladder/i);

/** A cheap test before the energy-efficiency patterns run. */
export const ENERGY_STEMS = factored(/\bIE\s?[2-5]\b|MEI|EEI|energ|énerg|stroom|vermogen|consommation|consumption|ecodesign|écoconception|star|epeat|tco|plus|\d\s*k?wh?\b|lm\s*\/|lumen|scop|seer|sfp|euro|stage|emissi|émission|emission|classe|klasse|class|a\+/i);

/** Collection of discarded electrical and electronic equipment (WEEE; Recupel in Belgium): a waste requirement. */
export const WASTE_EQUIPMENT_CUE = /\bRecupel\b|\bWEEE\b|\bAEEA\b|\bDEEE\b|afgedankte\s+elektri\w*|waste electrical and electronic equipment|déchets d['’]équipements électriques/i;
