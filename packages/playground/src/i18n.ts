import type { Lang } from '@tenderlint/core';

const texts = {
  tagline: {
    nl: 'Controleer een bestek op de principes van het Vlaamse plan overheidsopdrachten en de wet erachter. Alles gebeurt in je browser: het document verlaat je computer niet.',
    fr: "Contrôlez un cahier spécial des charges selon les principes du plan flamand des marchés publics et la loi. Tout se passe dans votre navigateur : le document ne quitte pas votre ordinateur.",
    en: 'Check a tender specification against the principles of the Flemish public procurement plan and the law behind it. Everything runs in your browser: the document never leaves your computer.',
  },
  langLabel: { nl: 'Taal', fr: 'Langue', en: 'Language' },
  inputTitle: { nl: 'Document', fr: 'Document', en: 'Document' },
  dropText: { nl: 'Sleep een bestek (.docx, .md of .txt) hierheen, of kies een bestand:', fr: 'Déposez un cahier des charges (.docx, .md ou .txt) ici, ou choisissez un fichier :', en: 'Drop a specification (.docx, .md or .txt) here, or choose a file:' },
  dropHelp: { nl: 'Het bestand wordt alleen in deze pagina gelezen.', fr: 'Le fichier est lu uniquement dans cette page.', en: 'The file is read only inside this page.' },
  pasteSummary: { nl: 'Of plak tekst', fr: 'Ou collez du texte', en: 'Or paste text' },
  pasteLabel: { nl: 'Tekst van het bestek (Markdown of gewone tekst)', fr: 'Texte du cahier des charges (Markdown ou texte)', en: 'Specification text (Markdown or plain text)' },
  pasteRun: { nl: 'Controleer de tekst', fr: 'Contrôler le texte', en: 'Check the text' },
  docTitle: { nl: 'Het document met de bevindingen op hun plaats', fr: 'Le document avec les constats à leur place', en: 'The document with the findings in place' },
  download: { nl: 'Download het .docx-bestand met de opmerkingen', fr: 'Télécharger le .docx avec les commentaires', en: 'Download the .docx with the comments' },
  findingsTitle: { nl: 'Bevindingen', fr: 'Constats', en: 'Findings' },
  filters: { nl: 'Filter de bevindingen', fr: 'Filtrer les constats', en: 'Filter the findings' },
  pack: { nl: 'Thema', fr: 'Thème', en: 'Pack' },
  allPacks: { nl: 'alle thema’s', fr: 'tous les thèmes', en: 'all packs' },
  factsTitle: { nl: 'Gegevens uit de tekst', fr: 'Données lues dans le texte', en: 'Data read from the text' },
  privacy: { nl: 'tenderlint is open source. Niets wordt verstuurd of bewaard.', fr: 'tenderlint est open source. Rien n’est envoyé ni conservé.', en: 'tenderlint is open source. Nothing is sent or stored.' },
  error: { nl: 'fout', fr: 'erreur', en: 'error' },
  warning: { nl: 'waarschuwing', fr: 'avertissement', en: 'warning' },
  info: { nl: 'info', fr: 'info', en: 'info' },
  reading: { nl: 'Bezig met lezen…', fr: 'Lecture…', en: 'Reading…' },
  done: { nl: '{file}: {n} bevindingen ({e} fouten, {w} waarschuwingen, {i} info) in {ms} ms.', fr: '{file} : {n} constats ({e} erreurs, {w} avertissements, {i} info) en {ms} ms.', en: '{file}: {n} findings ({e} errors, {w} warnings, {i} info) in {ms} ms.' },
  none: { nl: 'Geen bevindingen voor deze filter.', fr: 'Aucun constat pour ce filtre.', en: 'No findings for this filter.' },
  empty: { nl: 'Nog geen document.', fr: 'Pas encore de document.', en: 'No document yet.' },
  docs: { nl: 'uitleg bij de regel', fr: 'explication de la règle', en: 'about the rule' },
  suggestion: { nl: 'Voorstel', fr: 'Proposition', en: 'Suggestion' },
  basis: { nl: 'Plan {p}; {l}', fr: 'Plan {p} ; {l}', en: 'Plan {p}; {l}' },
  wholeDoc: { nl: 'hele document', fr: 'document entier', en: 'whole document' },
  missingHere: { nl: 'ontbreekt, hoort hier', fr: 'manque, à placer ici', en: 'missing, belongs here' },
  goTo: { nl: 'Ga naar de plaats in het document', fr: 'Aller à l’endroit dans le document', en: 'Go to the place in the document' },
  line: { nl: 'regel', fr: 'ligne', en: 'line' },
  paragraph: { nl: 'paragraaf', fr: 'paragraphe', en: 'paragraph' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof texts;

export function t(key: TextKey, lang: Lang, data: Record<string, string | number> = {}): string {
  return texts[key][lang].replace(/\{(\w+)\}/g, (w, k: string) => (k in data ? String(data[k]) : w));
}
