import { TenderlintError } from '@tenderlint/core';

/** Limits on the XML of one part. */
export interface XmlLimits {
  maxDepth: number;
}

export interface XmlHandler {
  /** `start`/`end` are offsets of `<` and just after `>`; `attrs` is the raw attribute text. */
  open(name: string, attrs: string, start: number, end: number, selfClosing: boolean): void;
  close(name: string, start: number, end: number): void;
  /** Character data between tags (still escaped), from `start` to `end`. */
  text?(start: number, end: number): void;
}

const malformed = (part: string, why: string) => new TenderlintError(`the Word file is damaged: ${part} is not well-formed XML (${why}); open it in Word and save it again`, { code: 'input' });

/**
 * A single-pass XML tokenizer that checks nesting and refuses DTDs: a DOCTYPE is never read, so no
 * entity is ever declared, expanded or fetched.
 */
export function tokenize(xml: string, part: string, handler: XmlHandler, limits: XmlLimits): void {
  const stack: string[] = [];
  let pos = 0;
  const n = xml.length;
  let rootSeen = false;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      if (xml.slice(pos).trim()) throw malformed(part, 'text after the root element');
      break;
    }
    if (lt > pos && handler.text && stack.length) handler.text(pos, lt);
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw malformed(part, 'unterminated end tag');
      const name = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (top !== name) throw malformed(part, top ? `</${name}> closes <${top}>` : `</${name}> without a start tag`);
      handler.close(name, lt, gt + 1);
      pos = gt + 1;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw malformed(part, 'unterminated processing instruction');
      pos = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw malformed(part, 'unterminated comment');
        pos = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw malformed(part, 'unterminated CDATA section');
        if (handler.text && stack.length) handler.text(lt, end + 3);
        pos = end + 3;
        continue;
      }
      if (/^<!DOCTYPE/i.test(xml.slice(lt, lt + 9))) {
        throw new TenderlintError(`the Word file contains a DTD in ${part}, which Word never writes; tenderlint does not read DTDs or entities (save the document again from Word)`, { code: 'input' });
      }
      throw malformed(part, 'unexpected "<!"');
    }
    // Start tag: find the closing '>' outside quoted attribute values.
    let i = lt + 1;
    let quote = 0;
    for (; i < n; i++) {
      const ch = xml.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (ch === 62) break;
      else if (ch === 60) throw malformed(part, 'a "<" inside a tag');
    }
    if (i >= n) throw malformed(part, 'unterminated start tag');
    const selfClosing = xml.charCodeAt(i - 1) === 47;
    const innerEnd = selfClosing ? i - 1 : i;
    let sp = lt + 1;
    while (sp < innerEnd && !isSpace(xml.charCodeAt(sp))) sp++;
    if (sp === lt + 1) throw malformed(part, 'a tag without a name');
    const name = xml.slice(lt + 1, sp);
    if (!stack.length) {
      if (rootSeen) throw malformed(part, 'more than one root element');
      rootSeen = true;
    }
    handler.open(name, xml.slice(sp, innerEnd), lt, i + 1, selfClosing);
    if (!selfClosing) {
      stack.push(name);
      if (stack.length > limits.maxDepth) {
        throw new TenderlintError(`the Word file nests XML deeper than ${limits.maxDepth} levels in ${part}; this is not a normal document`, { code: 'input' });
      }
    }
    pos = i + 1;
  }
  if (stack.length) throw malformed(part, `<${stack[stack.length - 1]}> is never closed`);
  if (!rootSeen) throw malformed(part, 'no root element');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; any other entity is an error (there is no DTD to declare it). */
export function decodeText(raw: string, part = 'the document'): string {
  if (raw.startsWith('<![CDATA[')) return raw.slice(9, -3);
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ent: string) => {
    if (!whole.endsWith(';')) throw malformed(part, 'a bare "&"');
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw malformed(part, `bad character reference &${ent};`);
      return String.fromCodePoint(code);
    }
    const v = named[ent];
    if (v === undefined) throw new TenderlintError(`the Word file uses the undeclared entity &${ent}; in ${part}; tenderlint never expands entities (save the document again from Word)`, { code: 'input' });
    return v;
  });
}

/** For a raw (escaped) text, the raw offset of each decoded character, plus the raw length at the end. */
export function rawOffsets(raw: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw.charCodeAt(i) === 38) {
      const semi = raw.indexOf(';', i);
      const ent = raw.slice(i + 1, semi);
      const decoded = decodeText(`&${ent};`);
      for (let k = 0; k < decoded.length; k++) out.push(i);
      i = semi + 1;
    } else {
      out.push(i);
      i++;
    }
  }
  out.push(raw.length);
  return out;
}

/** The value of one attribute in raw attribute text, decoded. */
export function attr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(name + '=');
  if (at < 0) return undefined;
  // Guard against a longer name ending in this one (w:val vs w:xval).
  const before = attrs.charCodeAt(at - 1);
  if (at > 0 && !isSpace(before)) {
    const again = attrs.indexOf(' ' + name + '=', at);
    return again < 0 ? undefined : attr(attrs.slice(again), name);
  }
  const q = attrs[at + name.length + 1];
  if (q !== '"' && q !== "'") return undefined;
  const end = attrs.indexOf(q, at + name.length + 2);
  if (end < 0) return undefined;
  return decodeText(attrs.slice(at + name.length + 2, end));
}

/** Escapes text for element content or attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
