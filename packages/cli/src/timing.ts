/** ESLint-style TIMING table: the rules that took longest, with their share of the total. */
export function formatTiming(totals: Record<string, number>, top = 15): string {
  const rows = Object.entries(totals).sort((a, b) => b[1] - a[1]);
  const sum = rows.reduce((s, [, t]) => s + t, 0) || 1;
  const lines = [`${'Rule'.padEnd(48)} | ${'Time (ms)'.padStart(10)} | Relative`, `${'-'.repeat(48)}-|-${'-'.repeat(10)}-|---------`];
  for (const [id, t] of rows.slice(0, top)) lines.push(`${id.padEnd(48)} | ${t.toFixed(3).padStart(10)} | ${((t / sum) * 100).toFixed(1).padStart(7)}%`);
  return lines.join('\n') + '\n';
}
