/** A replacement of `xml[start, end)` by `text`; a zero-length range is an insertion. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; insertions at the same offset keep the order they were given in. */
export function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - a.e.start - (b.e.end - b.e.start) || a.i - b.i)
    .map((x) => x.e);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    parts.push(xml.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(xml.slice(pos));
  return parts.join('');
}
