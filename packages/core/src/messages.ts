import type { Lang } from './document.js';
import type { Messages } from './rule.js';

/** Fills `{name}` placeholders; unknown names are left as written. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function pickMessage(messages: Messages, lang: Lang): string {
  return messages[lang] ?? messages.nl;
}
