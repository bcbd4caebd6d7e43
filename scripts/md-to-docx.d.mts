/** Turns the Markdown of a specification into a Word document (see md-to-docx.mjs). */
export function markdownToDocx(md: string): Promise<Uint8Array>;
