/**
 * What a group row and a project row share: the caller's role there (see CallerRole), its access, and the
 * life of the rows under it: Refresh forgets them and asks the role again, a changed role rebuilds them, and
 * a row replaced by its parent's refresh is retired (see TreeNode.retire).
 */
import type { AccountSession } from '../accounts/sessions';
import type { CallerAccess } from '../domain/permissions';
import type { AccessLevel, Source } from '../gitlab/types';
import { CallerRole } from './callerRole';
import type { FolderKind, ItemSpec, NodeContext, SourceNode, TreeNode } from './node';
import type { FolderViewState } from './pagedFolder';
import { SourceFolders } from './sourceFolders';

export abstract class SourceRow implements SourceNode {
  protected folders: SourceFolders | undefined;
  /** The view state of the folders a reload dropped, for the ones built next. */
  private savedView: ReadonlyMap<FolderKind, FolderViewState> | undefined;
  protected retired = false;
  private readonly role: CallerRole;

  /** @param level the caller's role as known (undefined: none or unknown), or a CallerRole that asks GitLab. */
  protected constructor(protected readonly ctx: NodeContext, readonly parent: TreeNode, level: AccessLevel | undefined | CallerRole) {
    this.role = level instanceof CallerRole ? level : new CallerRole(level);
  }

  abstract readonly id: string;
  abstract get source(): Source;
  abstract item(): ItemSpec;

  /** Drops what was built under the row (stopping its loads and retiring its rows). */
  protected abstract forget(): void;

  /** The caller's role here; undefined when none or unknown. */
  get level(): AccessLevel | undefined {
    return this.role.level;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get access(): CallerAccess {
    return { level: this.level, readOnly: this.ctx.session.readOnly };
  }

  folder(kind: FolderKind): TreeNode | undefined {
    return this.folders?.get(kind);
  }

  reset(): void {
    this.keepView();
    this.forget();
    this.role.ask();
  }

  retire(): void {
    this.retired = true;
    this.forget();
  }

  /** GitLab says the caller's role here changed: what was built with the old one goes, and the row redraws. */
  protected roleChanged(): void {
    this.keepView();
    this.forget();
    this.ctx.changed(this);
  }

  /** The folders, built on first use with the role known by then. */
  protected ownFolders(): SourceFolders {
    return (this.folders ??= new SourceFolders(this.ctx, this, this.access, this.savedView));
  }

  private keepView(): void {
    if (this.folders) this.savedView = this.folders.viewState();
  }
}
