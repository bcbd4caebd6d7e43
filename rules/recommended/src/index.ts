import type { Config, RulePack } from '@tenderlint/core';
import proportionality from '@tenderlint/rules-proportionality';
import lots from '@tenderlint/rules-lots';
import accreditation from '@tenderlint/rules-accreditation';
import smeAccess from '@tenderlint/rules-sme-access';
import eProcurement from '@tenderlint/rules-e-procurement';
import integrity from '@tenderlint/rules-integrity';
import procedure from '@tenderlint/rules-procedure';
import consistency from '@tenderlint/rules-consistency';
import functionalSpecs from '@tenderlint/rules-functional-specs';
import award from '@tenderlint/rules-award';
import ilo from '@tenderlint/rules-ilo';
import social from '@tenderlint/rules-social';
import sustainability from '@tenderlint/rules-sustainability';
import innovation from '@tenderlint/rules-innovation';
import clarity from '@tenderlint/rules-clarity';

/** Every pack tenderlint ships. */
export const packs: RulePack[] = [proportionality, lots, accreditation, smeAccess, eProcurement, integrity, procedure, consistency, functionalSpecs, award, ilo, social, sustainability, innovation, clarity];

/** The recommended preset: every rule of every pack at its default severity. */
const recommended: Config = {
  packs,
  rules: Object.fromEntries(packs.flatMap((p) => p.rules.map((r) => [r.meta.id, r.meta.severity]))),
};

export default recommended;
