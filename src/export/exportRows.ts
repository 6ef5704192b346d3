/**
 * The rows of a members export: one per member, the same columns for CSV and Markdown. Inherited members say
 * which group they come from. Pure: no vscode.
 */
import { roleName } from '../domain/roles';
import type { Member, Source } from '../gitlab/types';

export const EXPORT_COLUMNS = ['Username', 'Name', 'Role', 'Access level', 'Member since', 'Expires', 'Membership', 'Source', 'State'] as const;

export type ExportRow = readonly string[];

export interface ExportTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly ExportRow[];
}

export function exportRow(source: Source, member: Member): ExportRow {
  const inherited = member.inheritedFrom !== undefined;
  const state = [member.state && member.state !== 'active' ? member.state : '', member.membershipState === 'awaiting' ? 'awaiting approval' : '']
    .filter(Boolean).join(', ') || 'active';
  return [
    member.username,
    member.name,
    roleName(member.accessLevel),
    String(member.accessLevel),
    member.createdAt?.slice(0, 10) ?? '',
    member.expiresAt?.slice(0, 10) ?? '',
    inherited ? 'inherited' : 'direct',
    inherited ? member.inheritedFrom?.fullPath || '(shared group)' : source.fullPath,
    state,
  ];
}

/** Direct members first, then inherited ones; each part by username (so exports diff well). */
export function exportTable(source: Source, members: readonly Member[], inherited: boolean): ExportTable {
  const sorted = [...members].sort((a, b) =>
    Number(a.inheritedFrom !== undefined) - Number(b.inheritedFrom !== undefined) || a.username.localeCompare(b.username));
  return {
    title: `${inherited ? 'Members (with inherited)' : 'Direct members'} of ${source.kind} ${source.fullPath}`,
    columns: EXPORT_COLUMNS,
    rows: sorted.map((m) => exportRow(source, m)),
  };
}
