/**
 * One signed-in account: its top-level groups, then "Personal projects". Shown as a row (`@username`,
 * host) only when there are several accounts; with one, its children are the tree's roots.
 */
import { hostOf, type Account } from '../accounts/account';
import { COMMAND_IDS } from '../commands/ids';
import { contextValue } from '../domain/permissions';
import { GroupNode } from './groupNode';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import { MessageNode } from './messageNode';
import type { ItemSpec, LoadsMore, NodeContext, TooltipLine, TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { PersonalProjectsNode } from './personalProjectsNode';

export const TOKEN_MISSING_LABEL = 'Token missing — sign in again';

export class AccountNode implements LoadsMore {
  readonly id: string;
  readonly parent = undefined;
  private readonly groups: PagedList<GroupNode>;
  private readonly personal: PersonalProjectsNode;

  constructor(private readonly ctx: NodeContext) {
    this.id = ctx.session.key;
    this.groups = new PagedList(async (page) =>
      mapPage(await ctx.session.api.listTopLevelGroups({ page }), (g) => GroupNode.create(ctx, this, g, undefined)));
    this.personal = new PersonalProjectsNode(ctx, this);
  }

  get account(): Account {
    return this.ctx.session.account;
  }

  item(): ItemSpec {
    const { account, readOnly } = this.ctx.session;
    const lines: TooltipLine[] = [
      { label: 'Name', value: account.name },
      { label: 'Instance', value: account.instanceUrl },
      { label: 'Token', value: account.scopes === null ? 'scopes unknown' : `${account.scopes.join(', ')}${readOnly ? ' (read-only)' : ''}` },
    ];
    return {
      label: `@${account.username}`,
      description: hostOf(account.instanceUrl),
      tooltip: { title: `@${account.username}`, lines },
      icon: { id: 'account' },
      contextValue: contextValue('account', { readOnly }),
      collapsible: 'expanded',
    };
  }

  async children(): Promise<TreeNode[]> {
    const missing = await this.tokenProblem();
    if (missing) return [missing];
    await this.groups.ensureStarted();
    const { rows, more } = listRows(this.groups, this, 'groups');
    return [...rows, ...(more ? [new LoadMoreNode(this)] : []), this.personal];
  }

  loadMore(): Promise<void> {
    return this.groups.loadMore();
  }

  /** An error row when the token cannot be read from SecretStorage; clicking it signs in again. */
  private async tokenProblem(): Promise<MessageNode | undefined> {
    try {
      if (await this.ctx.session.hasToken()) return undefined;
    } catch (err) {
      return MessageNode.loadError(this, 'token', err);
    }
    const { instanceUrl } = this.ctx.session.account;
    return new MessageNode(this, 'token-missing', 'error', TOKEN_MISSING_LABEL, {
      flag: 'tokenMissing',
      command: { command: COMMAND_IDS.signIn, title: 'Sign In', arguments: [{ instanceUrl }] },
    });
  }
}
