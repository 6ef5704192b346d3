/**
 * The rows of a members export: one per member, the same columns for CSV and Markdown. Inherited members say
 * which group they come from. CSV is read by scripts: its header and values stay English whatever the display
 * language. Markdown is read by people: its title, column names and the words in its cells are translated
 * (`columnLabels`, `shownRows`). Pure: no vscode.
 */
import * as l10n from '@vscode/l10n';
import { englishRoleName, roleName } from '../domain/roles';
import type { Member, Source } from '../gitlab/types';

// l10n-ignore: CSV column headers, read by scripts (Markdown shows columnLabels())
export const EXPORT_COLUMNS = ['Username', 'Name', 'Role', 'Access level', 'Member since', 'Expires', 'Membership', 'Source', 'State'] as const;

export type ExportRow = readonly string[];

export interface ExportTable {
  readonly title: string;
  /** The CSV header (EXPORT_COLUMNS). */
  readonly columns: readonly string[];
  /** The CSV rows: stable English values. */
  readonly rows: readonly ExportRow[];
  /** The column names people read (Markdown), in the display language; `columns` when absent. */
  readonly columnLabels?: readonly string[];
  /** The rows people read (Markdown), in the display language; `rows` when absent. */
  readonly shownRows?: readonly ExportRow[];
}

/** The words of the cells, in English for CSV or in the display language for people. */
export interface CellWords {
  readonly role: (level: number) => string;
  readonly direct: string;
  readonly inherited: string;
  readonly sharedGroup: string;
  readonly active: string;
  readonly awaiting: string;
}

const CSV_WORDS: CellWords = {
  role: englishRoleName,
  direct: 'direct',
  inherited: 'inherited',
  sharedGroup: '(shared group)', // l10n-ignore: a CSV value, read by scripts
  active: 'active',
  awaiting: 'awaiting approval', // l10n-ignore: a CSV value, read by scripts
};

function shownWords(): CellWords {
  return {
    role: roleName,
    direct: l10n.t({ message: 'direct', comment: ['export column "Membership": held in this group or project itself'] }),
    inherited: l10n.t({ message: 'inherited', comment: ['export column "Membership": held through a parent group or a shared group'] }),
    sharedGroup: l10n.t('(shared group)'),
    active: l10n.t({ message: 'active', comment: ['export column "State": an active membership'] }),
    awaiting: l10n.t({ message: 'awaiting approval', comment: ['export column "State": waiting for an Owner to approve it'] }),
  };
}

/** The column names people read, in EXPORT_COLUMNS' order. */
export function columnLabels(): string[] {
  return [
    l10n.t({ message: 'Username', comment: ['export column'] }),
    l10n.t({ message: 'Name', comment: ['export column: the person\'s name'] }),
    l10n.t({ message: 'Role', comment: ['export column'] }),
    l10n.t({ message: 'Access level', comment: ['export column: the role\'s number (30 for Developer)'] }),
    l10n.t({ message: 'Member since', comment: ['export column'] }),
    l10n.t({ message: 'Expires', comment: ['export column: the date the access ends'] }),
    l10n.t({ message: 'Membership', comment: ['export column: direct or inherited'] }),
    l10n.t({ message: 'Source', comment: ['export column: the group or project the membership is held in'] }),
    l10n.t({ message: 'State', comment: ['export column: active, blocked, awaiting approval'] }),
  ];
}

/** One member's CSV row (English values); `words` gives the row people read. */
export function exportRow(source: Source, member: Member, words: CellWords = CSV_WORDS): ExportRow {
  const inherited = member.inheritedFrom !== undefined;
  // member.state is GitLab's own value (`blocked`), kept as GitLab sends it.
  const state = [member.state && member.state !== 'active' ? member.state : '', member.membershipState === 'awaiting' ? words.awaiting : '']
    .filter(Boolean).join(', ') || words.active;
  return [
    member.username,
    member.name,
    words.role(member.accessLevel),
    String(member.accessLevel),
    member.createdAt?.slice(0, 10) ?? '',
    member.expiresAt?.slice(0, 10) ?? '',
    inherited ? words.inherited : words.direct,
    inherited ? member.inheritedFrom?.fullPath || words.sharedGroup : source.fullPath,
    state,
  ];
}

/** Direct members first, then inherited ones; each part by username (so exports diff well). */
export function exportTable(source: Source, members: readonly Member[], inherited: boolean): ExportTable {
  const sorted = [...members].sort((a, b) =>
    Number(a.inheritedFrom !== undefined) - Number(b.inheritedFrom !== undefined) || a.username.localeCompare(b.username));
  const words = shownWords();
  return {
    title: tableTitle(source, inherited),
    columns: EXPORT_COLUMNS,
    rows: sorted.map((m) => exportRow(source, m)),
    columnLabels: columnLabels(),
    shownRows: sorted.map((m) => exportRow(source, m, words)),
  };
}

/** `Members (with inherited) of group acme`: the Markdown heading. */
function tableTitle(source: Source, inherited: boolean): string {
  if (source.kind === 'group') {
    return inherited ? l10n.t('Members (with inherited) of group {0}', source.fullPath) : l10n.t('Direct members of group {0}', source.fullPath);
  }
  return inherited ? l10n.t('Members (with inherited) of project {0}', source.fullPath) : l10n.t('Direct members of project {0}', source.fullPath);
}
