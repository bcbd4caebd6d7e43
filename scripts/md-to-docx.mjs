// Turns the Markdown of an example or corpus specification into a Word document with the `docx`
// package: headings as Heading N styles, lists as Word numbering, tables as Word tables, bold as
// separate runs. Used by make-docx-examples.mjs and the format-equivalence tests.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Inline Markdown to runs: bold stays a separate run, other markup is dropped as the Markdown reader drops it. */
function runs(text) {
  const plain = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()]);
  const out = [];
  plain.split(/\*\*|__/).forEach((part, i) => {
    const t = part.replace(/(^|[^\w*])\*(\S[^*]*?)\*/g, '$1$2');
    if (t) out.push(new TextRun({ text: t, bold: i % 2 === 1 }));
  });
  return out;
}

const cells = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

/** @param {string} md @returns {Promise<Uint8Array>} */
export async function markdownToDocx(md) {
  const lines = md.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const children = [];
  let para = [];
  let listInstance = 0;
  let inOrdered = false;
  const flush = () => {
    if (para.length) children.push(new Paragraph({ children: runs(para.join(' ')) }));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    const ordered = /^(\s*)(\d+)[.)]\s+(.*)$/.exec(line);
    if (!line.trim()) {
      flush();
      continue;
    }
    // A line of = or - under a paragraph makes it a (setext) heading; otherwise --- is a rule.
    if (para.length && /^ {0,3}(?:=+|-+)\s*$/.test(line)) {
      const text = para.join(' ');
      para = [];
      children.push(new Paragraph({ heading: line.trim()[0] === '=' ? HEADINGS[0] : HEADINGS[1], children: runs(text) }));
      continue;
    }
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      flush();
      continue;
    }
    if (heading) {
      flush();
      inOrdered = false;
      children.push(new Paragraph({ heading: HEADINGS[heading[1].length - 1], children: runs(heading[2]) }));
      continue;
    }
    if (bullet || ordered) {
      flush();
      const indent = (bullet ?? ordered)[1].length;
      const level = Math.min(2, Math.floor(indent / 2));
      let text = bullet ? bullet[2] : ordered[3];
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]) && !/^\s*(?:[-*+]|\d+[.)])\s/.test(lines[i + 1])) text += ' ' + lines[++i].trim();
      if (ordered && !inOrdered) listInstance++;
      inOrdered = !!ordered;
      children.push(
        new Paragraph({
          children: runs(text),
          numbering: ordered ? { reference: 'ordered', level, instance: listInstance } : { reference: 'bullets', level },
        }),
      );
      continue;
    }
    if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      flush();
      inOrdered = false;
      const rows = [cells(line)];
      i++;
      while (i + 1 < lines.length && /^\s*\|/.test(lines[i + 1])) rows.push(cells(lines[++i]));
      const width = Math.max(...rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map(
            (r) =>
              new TableRow({
                children: Array.from({ length: width }, (_, c) => new TableCell({ children: [new Paragraph({ children: runs(r[c] ?? '') })] })),
              }),
          ),
        }),
      );
      continue;
    }
    if (/^>\s?/.test(line)) {
      para.push(line.replace(/^>\s?/, ''));
      continue;
    }
    inOrdered = false;
    para.push(line.trim());
  }
  flush();
  const levels = (format, text) =>
    [0, 1, 2].map((level) => ({ level, format, text: text(level), alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } }));
  const doc = new Document({
    creator: 'tenderlint',
    numbering: {
      config: [
        { reference: 'ordered', levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
        { reference: 'bullets', levels: levels(LevelFormat.BULLET, () => '•') },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
