/**
 * gitlabMembers.inviteMembers: point the invite form at a group or project (the row it was run on, or one picked
 * from the palette) and show it.
 */
import * as l10n from '@vscode/l10n';
import type { CommandDeps } from './support/deps';
import { resolveSource } from './pickers/resolve';

export async function inviteMembers(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, l10n.t('Invite Members'), { writes: true });
  if (ctx) await deps.inviteForm.show(ctx);
}
