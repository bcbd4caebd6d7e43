import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/variants-minimum.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Minimum requirements stated in other words.
    'Vrije varianten zijn toegelaten. Elke variant voldoet minstens aan de minimale technische eisen van artikel 11 tot 13.',
    'Vrije varianten zijn toegestaan. Een variant voldoet aan alle eisen van de technische bepalingen; enkel het materiaal mag verschillen.',
    'Varianten zijn toegelaten. Zij beantwoorden minstens aan dezelfde technische eisen als de basisofferte.',
    'Vrije varianten zijn toegelaten. De minimale prestatie-eisen voor varianten staan in hoofdstuk 4.',
    { text: 'Les variantes libres sont autorisées. Chaque variante respecte au minimum les exigences techniques minimales des articles 11 à 13.', lang: 'fr' },
    { text: 'Les variantes sont admises. Elles satisfont aux mêmes exigences que l\'offre de base.', lang: 'fr' },
    { text: 'Variants are permitted. Each variant meets all minimum technical requirements of Part 3.', lang: 'en' },
    { text: 'Variants are allowed. A variant complies with all the requirements of the technical specifications.', lang: 'en' },
    // "variant" as a product version, not a variant tender.
    'Het armatuur is leverbaar in een variant met 4000 K; een variant in 3000 K kan later worden besteld.',
    'Vrije varianten: niet toegelaten.',
    { text: "Il n'y a pas de variantes exigées.", lang: 'fr' },
    '## 8. Varianten\n\nVoor perceel 1 zijn vrije varianten toegestaan. Een variant moet voldoen aan alle minimale eisen van Deel II, punt 2 (afmetingen, belastbaarheid en normen); alleen de gebruikte materialen mogen afwijken. Voor de percelen 2 en 3 zijn varianten niet toegestaan.',
    'Vrije varianten zijn toegelaten. Varianten voldoen aan dezelfde eisen als de basisofferte; de minimumeisen staan in bijlage B.',
    'Varianten zijn niet toegestaan. Opties worden niet aanvaard.',
    'Varianten zijn niet toegelaten.',
    'Er worden geen varianten aanvaard.',
    // Variants designed by the authority, not variants the tenderer may offer.
    '# Variante: Zandstralen en Schildering\n\nStralen tot reinheidsgraad Sa 2,5 volgens NBN EN ISO 8501-1.',
    // Not mentioned.
    'De opdracht wordt gegund aan de inschrijver met de economisch meest voordelige offerte.',
    { text: 'Les variantes libres sont autorisées. Elles doivent respecter les exigences minimales fixées au cahier spécial des charges.', lang: 'fr' },
    { text: 'Les variantes sont interdites.', lang: 'fr' },
    { text: 'Variants are not permitted.', lang: 'en' },
    { text: 'Each Offeror can enter only one submission (no alternate quotes will be allowed).', lang: 'en' },
  ],
  invalid: [
    // Another party meeting other requirements is not a minimum requirement for variants.
    { text: 'Vrije varianten zijn toegelaten. De inschrijver voldoet aan de selectiecriteria van artikel 6.', errors: [{ messageId: 'noMinimum' }] },
    { text: "Les variantes libres sont autorisées. Le soumissionnaire répond aux critères de sélection.", lang: 'fr', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Variants are permitted. The tenderer meets all the selection requirements.', lang: 'en', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Varianten: toegelaten.', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Het indienen van vrije varianten is toegestaan voor perceel 2.', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Variants will be accepted.', lang: 'en', errors: [{ messageId: 'noMinimum' }] },
    {
      text: '### 1.8 Varianten\n\nVrije varianten zijn toegestaan. De inschrijver die een variant indient, licht in een afzonderlijke nota toe in welke mate die afwijkt van de basisoplossing.',
      errors: [{ messageId: 'noMinimum', severity: 'error', line: 3, text: 'Vrije varianten zijn toegestaan.', suggestion: /minimumeisen/ }],
    },
    { text: 'De inschrijver mag varianten indienen.', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Een verplichte variant is vereist: de inschrijver prijst naast de basisoplossing ook een uitvoering in hout.', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Les variantes libres sont autorisées pour chacun des lots. Le soumissionnaire qui remet une variante la présente dans un document séparé, avec son prix.', lang: 'fr', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Le soumissionnaire peut proposer des variantes.', lang: 'fr', errors: [{ messageId: 'noMinimum' }] },
    { text: 'Variants are permitted for lot 2.', lang: 'en', errors: [{ messageId: 'noMinimum' }] },
  ],
});
