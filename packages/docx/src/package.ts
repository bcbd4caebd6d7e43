import { TenderlintError } from '@tenderlint/core';
import { defaultDocxLimits, type DocxLimits } from './limits.js';
import { refuseNonZip, refuseOtherPackages } from './sniff.js';
import { attr, tokenize } from './xml.js';
import { InflateBudget, inflateEntry, readZip, type Codec, type ZipArchive } from './zip.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export interface DocxPackage {
  archive: ZipArchive;
  limits: DocxLimits;
  /** Path of the main document part, e.g. word/document.xml. */
  main: string;
  mainRels: Relationship[];
  mainRelsPath: string;
  /** Text of a part, or undefined when the package has none. */
  text(path: string): string | undefined;
  /** Path of the part the main document links with a relationship type ending in `kind`. */
  partFor(kind: string): string | undefined;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** Opens a .docx: sniffs the format, reads the zip directory, finds the main part. */
export function openPackage(bytes: Uint8Array, limits: Partial<DocxLimits> = {}, codec: Codec = {}): DocxPackage {
  const all: DocxLimits = { ...defaultDocxLimits, ...limits };
  refuseNonZip(bytes);
  const archive = readZip(bytes, all);
  const budget = new InflateBudget(all, codec);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const cache = new Map<string, string | undefined>();
  const text = (path: string): string | undefined => {
    if (cache.has(path)) return cache.get(path);
    const entry = archive.byName.get(path);
    let value: string | undefined;
    if (entry) {
      const data = inflateEntry(entry, budget);
      try {
        value = decoder.decode(data);
      } catch {
        throw new TenderlintError(`the Word file is damaged: ${path} is not valid UTF-8; open it in Word and save it again`, { code: 'input' });
      }
    }
    cache.set(path, value);
    return value;
  };
  const names = new Set(archive.byName.keys());
  const mimetype = archive.byName.has('mimetype') ? text('mimetype')?.trim() : undefined;
  refuseOtherPackages(names, mimetype);
  const rootRels = readRels(text('_rels/.rels'), '_rels/.rels', '', all);
  const mainRel = rootRels.find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const main = mainRel ? mainRel.target.replace(/^\//, '') : 'word/document.xml';
  if (!archive.byName.has(main)) {
    throw new TenderlintError(`the .docx has no main document part (${main}); it is not a Word document or it is damaged: open it in Word and save it again`, { code: 'input' });
  }
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRelsPath = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const mainRels = readRels(text(mainRelsPath), mainRelsPath, dir, all);
  return {
    archive,
    limits: all,
    main,
    mainRels,
    mainRelsPath,
    text,
    partFor: (kind) => mainRels.find((r) => r.type.endsWith('/' + kind))?.target,
  };
}

function readRels(xml: string | undefined, part: string, baseDir: string, limits: DocxLimits): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  tokenize(
    xml,
    part,
    {
      open(name, attrs) {
        if (!name.endsWith('Relationship')) return;
        if (attr(attrs, 'TargetMode') === 'External') return;
        const target = attr(attrs, 'Target') ?? '';
        out.push({ id: attr(attrs, 'Id') ?? '', type: attr(attrs, 'Type') ?? '', target: resolvePath(baseDir, target) });
      },
      close() {},
    },
    { maxDepth: limits.maxXmlDepth },
  );
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
