/**
 * The folders every group and project shows after its own children: Members, Invitations, for a
 * top-level group whose Owner is signed in "Awaiting approval" when anybody is, and where the caller may
 * approve them (group Owner, project Maintainer) "Access requests" when anybody asked, "Groups" when it is
 * shared with any group, and for a top-level group its Owner sees "Seats" (loaded when opened).
 */
import { managerLevel, type CallerAccess } from '../domain/permissions';
import { AccessLevels, type SourceKind } from '../gitlab/types';
import { AccessRequestsFolderNode } from './accessRequestsFolderNode';
import { AwaitingFolderNode } from './awaitingFolderNode';
import { InvitationsFolderNode } from './invitationsFolderNode';
import { MembersFolderNode } from './membersFolderNode';
import { SeatsFolderNode } from './seatsFolderNode';
import { SharesFolderNode } from './sharesFolderNode';
import type { FolderKind, NodeContext, SourceNode, TreeNode } from './node';
import type { FolderViewState, PagedFolderNode } from './pagedFolder';

export class SourceFolders {
  readonly members: MembersFolderNode;
  readonly invitations: InvitationsFolderNode;
  /** Only for a top-level group the caller owns (GitLab answers nobody else). */
  readonly pending: AwaitingFolderNode | undefined;
  /** Only where the caller may approve access requests (GitLab answers nobody else). */
  readonly requests: AccessRequestsFolderNode | undefined;
  /** Only for a top-level group the caller owns (GitLab lists seats to its Owners only). */
  readonly seats: SeatsFolderNode | undefined;
  /** The groups it is shared with (shown when there is any). */
  readonly shares: SharesFolderNode;

  private readonly parentKind: SourceKind;

  /** `view`: the view state of the folders these replace (a reloaded row keeps filters, inherited rows, sort). */
  constructor(ctx: NodeContext, parent: SourceNode, private readonly access: CallerAccess, view?: ReadonlyMap<FolderKind, FolderViewState>) {
    this.parentKind = parent.source.kind;
    this.members = new MembersFolderNode(ctx, parent, access);
    this.invitations = new InvitationsFolderNode(ctx, parent, access);
    const topLevelGroup = parent.source.kind === 'group' && parent.source.parentId === null;
    const owner = (access.level ?? 0) >= AccessLevels.Owner;
    this.pending = topLevelGroup && owner ? new AwaitingFolderNode(ctx, parent, access) : undefined;
    this.seats = topLevelGroup && owner ? new SeatsFolderNode(ctx, parent, access) : undefined;
    const manager = (access.level ?? 0) >= managerLevel(this.parentKind);
    this.requests = manager ? new AccessRequestsFolderNode(ctx, parent, access) : undefined;
    this.shares = new SharesFolderNode(ctx, parent, access);
    for (const folder of this.folderNodes()) {
      const state = view?.get(folder.spec.kind);
      if (state) folder.restoreView(state);
    }
  }

  /** Each folder's view state, to hand to the folders that replace these. */
  viewState(): Map<FolderKind, FolderViewState> {
    return new Map(this.folderNodes().map((folder) => [folder.spec.kind, folder.viewState()]));
  }

  /** The rows to show, once the folders have their first pages (their counts) and GitLab said whether anybody awaits approval. */
  async rows(): Promise<TreeNode[]> {
    // First pages before the rows: a folder row is drawn once, with its count, and never redrawn for it (a redraw
    // of a folder VS Code is fetching or just fetched can leave its rows shown without handles).
    // GitLab lists invitations only to those who manage members (a known 403 otherwise: ask when opened).
    const invitations = (this.access.level ?? 0) >= managerLevel(this.parentKind) ? this.invitations.firstPage() : undefined;
    const [, , awaiting, asked, shared] = await Promise.all([this.members.firstPage(), invitations, this.pending?.hasAny(), this.requests?.hasAny(), this.shares.hasAny()]);
    return [
      this.members, this.invitations,
      ...(awaiting && this.pending ? [this.pending] : []),
      ...(asked && this.requests ? [this.requests] : []),
      ...(shared ? [this.shares] : []),
      ...(this.seats ? [this.seats] : []),
    ];
  }

  get(kind: FolderKind): TreeNode | undefined {
    return kind === 'pending' ? this.pending : kind === 'requests' ? this.requests : kind === 'seats' ? this.seats : kind === 'shares' ? this.shares : this[kind];
  }

  all(): TreeNode[] {
    return this.folderNodes();
  }

  private folderNodes(): Array<PagedFolderNode<TreeNode>> {
    return [this.members, this.invitations, ...(this.pending ? [this.pending] : []), ...(this.requests ? [this.requests] : []), this.shares, ...(this.seats ? [this.seats] : [])];
  }
}
