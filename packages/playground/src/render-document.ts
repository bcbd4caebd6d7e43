import type { Block, Finding, Severity, TenderDocument } from '@tenderlint/core';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The text of a block with each finding's range wrapped in a <mark>; overlapping ranges are split. */
function highlighted(block: Block, findings: { index: number; f: Finding }[], label: (f: Finding) => string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const ranges = findings.filter(({ f }) => f.end > f.start);
  const cuts = new Set<number>([0, block.text.length]);
  for (const { f } of ranges) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const text = block.text.slice(a, b);
    const over = ranges.filter(({ f }) => f.start <= a && f.end >= b);
    if (!over.length) {
      frag.append(text);
      continue;
    }
    const worst = over.reduce((w, x) => (rank[x.f.severity] < rank[w.f.severity] ? x : w));
    const mark = el('mark', { class: `sev-${worst.f.severity}`, 'data-findings': over.map((o) => o.index).join(' '), title: over.map((o) => label(o.f)).join('\n') }, text);
    mark.id = `hl-${over[0]!.index}-${a}`;
    frag.append(mark);
  }
  return frag;
}

/** Renders the document block by block, tables as tables, with findings highlighted. */
export function renderDocument(target: HTMLElement, doc: TenderDocument, findings: Finding[], visible: (f: Finding) => boolean, label: (f: Finding) => string, missingLabel: string): void {
  target.replaceChildren();
  const byBlock = new Map<number, { index: number; f: Finding }[]>();
  findings.forEach((f, index) => {
    if (!visible(f)) return;
    const list = byBlock.get(f.blockId) ?? [];
    list.push({ index, f });
    byBlock.set(f.blockId, list);
  });
  let table: { index: number; el: HTMLTableElement; row: number; tr?: HTMLTableRowElement } | undefined;
  let list: HTMLUListElement | undefined;
  for (const block of doc.blocks) {
    const own = byBlock.get(block.id) ?? [];
    if (block.kind !== 'table-cell') table = undefined;
    if (block.kind !== 'list-item') list = undefined;
    let node: HTMLElement;
    if (block.kind === 'heading') node = el(`h${Math.min(6, Math.max(1, (block.depth ?? 1) + 1))}` as 'h2');
    else if (block.kind === 'list-item') {
      if (!list) {
        list = el('ul');
        target.append(list);
      }
      node = el('li');
      list.append(node);
    } else if (block.kind === 'table-cell') {
      const info = block.table!;
      if (!table || table.index !== info.index) {
        table = { index: info.index, el: el('table'), row: -1 };
        target.append(table.el);
      }
      if (table.row !== info.row || !table.tr) {
        table.tr = el('tr');
        table.el.append(table.tr);
        table.row = info.row;
      }
      node = el(info.row === 0 ? 'th' : 'td');
      table.tr.append(node);
    } else node = el('p');
    node.id = `block-${block.id}`;
    const missing = own.filter(({ f }) => f.missing || f.end <= f.start);
    for (const m of missing) {
      const badge = el('span', { class: `missing sev-${m.f.severity}`, 'data-findings': String(m.index), id: `hl-${m.index}-missing`, title: label(m.f) }, `⚑ ${m.f.ruleId}: ${missingLabel}`);
      node.append(badge, ' ');
    }
    node.append(highlighted(block, own.filter(({ f }) => !f.missing), label));
    if (block.kind !== 'list-item' && block.kind !== 'table-cell') target.append(node);
  }
  const whole = byBlock.get(-1);
  if (whole?.length) {
    const box = el('div', { class: 'whole' });
    for (const w of whole) box.append(el('p', { class: `missing sev-${w.f.severity}`, 'data-findings': String(w.index), id: `hl-${w.index}-missing` }, `⚑ ${w.f.ruleId}: ${w.f.message}`));
    target.prepend(box);
  }
}
