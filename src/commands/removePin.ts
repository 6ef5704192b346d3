/** gitlabMembers.removePin ("Remove from Tree"): unpins a group or project added with "Add Group or Project…". */
import * as l10n from '@vscode/l10n';
import { accountArg } from './support/nodeArgs';
import type { CommandDeps } from './support/deps';
import { pickSourceRow } from './pickers/pickTreeRow';

const isPinned = (n: unknown) => (n as { pinned?: boolean }).pinned === true;

export async function removePin(deps: CommandDeps, arg?: unknown): Promise<void> {
  const node = await pickSourceRow(deps, arg, l10n.t('Remove from Tree'), isPinned);
  if (!node) return;
  const account = await accountArg(deps, node, l10n.t('Remove from tree'));
  if (!account) return;
  await deps.store.pins.remove(account.session.key, node.source.kind, node.source.id);
  account.pinsChanged();
  deps.tree.changed(account);
}
