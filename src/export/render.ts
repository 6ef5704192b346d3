/**
 * An export table as text. CSV goes through csv-stringify (RFC 4180 quoting); a cell a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so a member named
 * `=HYPERLINK(…)` stays text. Markdown is a heading, a line saying where and when it came from, and a table
 * whose cells are escaped so names stay text: inline markup (emphasis, code, links, strikethrough), `|`, HTML,
 * entities and line breaks (block markup cannot start inside a table cell). Pure.
 */
import * as l10n from '@vscode/l10n';
import { thousands } from '../domain/counts';
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

/** For people: the title, the count and origin, and the table with its translated column names and words. */
export function toMarkdown(table: ExportTable, header: MarkdownHeader): string {
  const rows = table.shownRows ?? table.rows;
  const columns = table.columnLabels ?? table.columns;
  const count = rows.length;
  const when = header.exportedAt.slice(0, 16).replace('T', ' ');
  const from = `<${header.webUrl.replace(/[<>\s]/g, encodeURIComponent)}>`;
  const lines = [
    `# ${escapeCell(table.title)}`,
    '',
    count === 1
      ? l10n.t({ message: '1 member, exported {0} UTC from {1}.', args: [when, from], comment: ['{0}: date and time; {1}: the group\'s or project\'s address'] })
      : l10n.t({ message: '{0} members, exported {1} UTC from {2}.', args: [thousands(count), when, from], comment: ['{1}: date and time; {2}: the group\'s or project\'s address'] }),
    '',
    `| ${columns.map(escapeCell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
