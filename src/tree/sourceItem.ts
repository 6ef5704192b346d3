/** The row of a group or project: name, role (and path when pinned), tooltip saying what the caller may do. */
import * as l10n from '@vscode/l10n';
import { contextValue } from '../domain/contextValue';
import { canManageMembers, permissionNote, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { Source } from '../gitlab/types';
import type { ItemSpec, TooltipLine } from './node';

export function sourceItem(source: Source, access: CallerAccess, pinned: boolean): ItemSpec {
  const role = access.level === undefined ? undefined : roleName(access.level);
  const lines: TooltipLine[] = [
    { label: l10n.t({ message: 'Path', comment: ['tooltip label: the group\'s or project\'s full path'] }), value: source.fullPath },
    { label: l10n.t('Your role'), value: role ?? l10n.t('none or unknown') },
    { label: l10n.t({ message: 'Members', comment: ['tooltip label: what the caller may do with the members'] }), value: permissionNote(source.kind, access) },
  ];
  if (pinned) lines.push({ label: l10n.t({ message: 'Pinned', comment: ['tooltip label: the row was added by hand'] }), value: l10n.t('added with "Add group or project…"') });
  if (source.webUrl) lines.push({ label: l10n.t({ message: 'Web', comment: ['tooltip label: the web address'] }), value: source.webUrl });
  const topLevel = source.kind === 'group' && source.parentId === null;
  return {
    label: source.name,
    description: [pinned ? source.fullPath : undefined, role].filter(Boolean).join(' · ') || undefined,
    tooltip: { title: source.fullName, lines },
    icon: { id: source.kind === 'group' ? 'organization' : 'repo' },
    contextValue: contextValue(source.kind, {
      canManage: canManageMembers(source.kind, access), ...(source.kind === 'group' ? { topLevel } : {}), pinned, readOnly: access.readOnly,
    }),
    collapsible: 'collapsed',
  };
}
