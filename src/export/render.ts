/**
 * An export table as text. CSV goes through csv-stringify (RFC 4180 quoting); a cell a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so a member named
 * `=HYPERLINK(…)` stays text. Markdown is a heading, a line saying where and when it came from, and a table
 * whose cells are escaped so names stay text: inline markup (emphasis, code, links, strikethrough), `|`, HTML,
 * entities and line breaks (block markup cannot start inside a table cell). Pure.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportTable } from './exportRows';

const FORMULA_START = /^[=+\-@\t\r]/;
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&~|]/g;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(table: ExportTable): string {
  return stringify([table.columns.map(neutralizeFormula), ...table.rows.map((row) => row.map(neutralizeFormula))], {
    record_delimiter: 'unix',
  });
}

export function escapeCell(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

export interface MarkdownHeader {
  /** `https://gitlab.example.com/acme` */
  readonly webUrl: string;
  /** ISO timestamp of the export. */
  readonly exportedAt: string;
}

export function toMarkdown(table: ExportTable, header: MarkdownHeader): string {
  const count = table.rows.length;
  const lines = [
    `# ${escapeCell(table.title)}`,
    '',
    `${count.toLocaleString('en-US')} ${count === 1 ? 'member' : 'members'}, exported ${header.exportedAt.slice(0, 16).replace('T', ' ')} UTC from <${header.webUrl.replace(/[<>\s]/g, encodeURIComponent)}>.`,
    '',
    `| ${table.columns.map(escapeCell).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
