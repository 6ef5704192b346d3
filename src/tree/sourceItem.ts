/** The row of a group or project: name, role (and path when pinned), tooltip saying what the caller may do. */
import { contextValue } from '../domain/contextValue';
import { canManageMembers, permissionNote, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { Source } from '../gitlab/types';
import type { ItemSpec, TooltipLine } from './node';

export function sourceItem(source: Source, access: CallerAccess, pinned: boolean): ItemSpec {
  const role = access.level === undefined ? undefined : roleName(access.level);
  const lines: TooltipLine[] = [
    { label: 'Path', value: source.fullPath },
    { label: 'Your role', value: role ?? 'none or unknown' },
    { label: 'Members', value: permissionNote(source.kind, access) },
  ];
  if (pinned) lines.push({ label: 'Pinned', value: 'added with "Add group or project…"' });
  if (source.webUrl) lines.push({ label: 'Web', value: source.webUrl });
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
