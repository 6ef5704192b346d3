/**
 * gitlabMembers.removeMember: remove a direct member after one modal confirmation naming the person and the
 * group or project, whose buttons are GitLab's two options (removeChoices). Removing yourself says that you
 * lose access.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { personLabel, placeLabel } from './support/describe';
import { offerSourceGroup } from './support/inheritedMember';
import { resolveMember } from './pickers/resolve';
import { removeChoices, removeDetail } from './support/removeChoices';
import { runAction } from './support/runAction';
import { mayChangeMember, refOf } from '../sources/sourceContext';

export async function removeMember(deps: CommandDeps, node?: unknown): Promise<void> {
  let target = await resolveMember(deps, node, l10n.t('Remove Member'), {
    writes: true, accept: (m, ctx) => m.id === ctx.session.account.userId || mayChangeMember(ctx, m),
  });
  if (target?.inherited) target = await offerSourceGroup(deps, target, 'remove');
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const self = member.id === ctx.session.account.userId;
  const choices = removeChoices(ctx.source);
  const button = await vscode.window.showWarningMessage(
    l10n.t('Remove {0} from {1}?', who, placeLabel(ctx.source)),
    { modal: true, detail: removeDetail(ctx.source, self) },
    ...choices.map((c) => c.button),
  );
  const choice = choices.find((c) => c.button === button);
  if (!choice) return;
  const options = { skipSubresources: choice.skipSubresources, unassignIssuables: choice.unassignIssuables };
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Removing {0} from {1}', who, ctx.source.fullPath),
    doing: l10n.t({ message: 'remove {0} from {1}', args: [who, ctx.source.fullPath], comment: ["completes \"Couldn't …: <reason>\" when removing a member fails"] }),
    affects: ctx.source.kind === 'group' ? 'row' : ['members'],
  }, () => ctx.session.api.removeMember(refOf(ctx), member.id, options));
  if (result.ok) {
    const below = ctx.source.kind === 'group' && !options.skipSubresources;
    const path = ctx.source.fullPath;
    const text = below
      ? options.unassignIssuables
        ? l10n.t('Removed {0} from {1} and its subgroups and projects, and unassigned them from its issues and merge requests.', who, path)
        : l10n.t('Removed {0} from {1} and its subgroups and projects.', who, path)
      : options.unassignIssuables
        ? l10n.t('Removed {0} from {1}, and unassigned them from its issues and merge requests.', who, path)
        : l10n.t('Removed {0} from {1}.', who, path);
    void vscode.window.showInformationMessage(text);
  }
}
