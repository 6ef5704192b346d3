/**
 * One signed-in account: its top-level groups, the groups and projects pinned to it, then "Personal
 * projects". Shown as a row (`@username`, host) only when there are several accounts; with one, its
 * children are the tree's roots.
 */
import * as l10n from '@vscode/l10n';
import type { Account } from '../accounts/account';
import type { AccountSession } from '../accounts/sessions';
import { COMMAND_IDS } from '../core/ids';
import { accountItem } from './accountItem';
import { GroupNode } from './groupNode';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import { MessageNode } from './messageNode';
import { retireAll, type ItemSpec, type LoadsMore, type NodeContext, type TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { PersonalProjectsNode } from './personalProjectsNode';
import { PinnedSources } from './pinnedSources';

export const tokenMissingLabel = (): string => l10n.t('Token missing — sign in again');
export const noGroupsLabel = (): string => l10n.t('No groups: use "Add Group or Project…" to add one');

export class AccountNode implements LoadsMore {
  readonly id: string;
  readonly parent = undefined;
  private groups: PagedList<GroupNode>;
  private readonly pins: PinnedSources;
  private readonly personal: PersonalProjectsNode;

  constructor(private readonly ctx: NodeContext) {
    this.id = ctx.session.key;
    this.groups = this.newGroups();
    this.pins = new PinnedSources(ctx, this);
    this.personal = new PersonalProjectsNode(ctx, this);
  }

  get account(): Account {
    return this.ctx.session.account;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  item(): ItemSpec {
    return accountItem(this.ctx.session, this.ctx.now());
  }

  async children(): Promise<TreeNode[]> {
    const missing = await this.tokenProblem();
    if (missing) return [missing];
    const [, pinned] = await Promise.all([this.groups.ensureStarted(), this.pins.nodes()]);
    // A pinned top-level group that the list shows anyway is not shown twice.
    const listed = new Set(this.groups.items.map((g) => g.group.id));
    const pins = pinned.filter((p) => !(p.source.kind === 'group' && listed.has(p.source.id)));
    const { rows, more } = listRows(this.groups, this, 'groups', l10n.t('groups'), pins.length ? undefined : noGroupsLabel());
    return [...rows, ...(more ? [new LoadMoreNode(this)] : []), ...pins, this.personal];
  }

  loaded(): readonly TreeNode[] {
    return [...this.groups.items, ...this.pins.loaded(), this.personal];
  }

  loadMore(): Promise<void> {
    return this.groups.loadMore();
  }

  /** After "Add group or project…" or "Remove from tree": rebuild the pinned rows only. */
  pinsChanged(): void {
    this.pins.reset();
  }

  reset(): void {
    this.groups.abort();
    retireAll(this.groups.items);
    this.groups = this.newGroups();
    this.pins.reset();
    this.personal.reset();
  }

  private newGroups(): PagedList<GroupNode> {
    return new PagedList(async (page, signal) => mapPage(
      await this.ctx.session.api.listTopLevelGroups({ page }, { signal }),
      (g) => GroupNode.create({ ...this.ctx, signal }, this, g, undefined),
    ), this.ctx.signal);
  }

  /** An error row when the token cannot be read from SecretStorage; clicking it signs in again. */
  private async tokenProblem(): Promise<MessageNode | undefined> {
    try {
      if (await this.ctx.session.hasToken()) return undefined;
    } catch (err) {
      return MessageNode.loadError(this, 'token', l10n.t({ message: 'token', comment: ['in "Couldn\'t load token: …" (reading the access token from the secret storage)'] }), err);
    }
    const { instanceUrl } = this.ctx.session.account;
    return new MessageNode(this, 'token-missing', 'error', tokenMissingLabel(), {
      flag: 'tokenMissing',
      command: { command: COMMAND_IDS.signIn, title: l10n.t('Sign In'), arguments: [{ instanceUrl }] },
    });
  }
}
