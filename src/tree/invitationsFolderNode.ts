/** "Invitations" under a group or project: pending email invitations, page by page, filterable. */
import * as l10n from '@vscode/l10n';
import type { CallerAccess } from '../domain/permissions';
import type { Invitation, Page } from '../gitlab/types';
import { InvitationNode } from './invitationNode';
import type { NodeContext, SourceNode } from './node';
import { PagedFolderNode, type LoadProgress } from './pagedFolder';
import { mapPage } from './pagedList';

export class InvitationsFolderNode extends PagedFolderNode<InvitationNode> {
  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'invitations', label: l10n.t('Invitations'), icon: { id: 'mail' }, what: l10n.t('invitations'), empty: l10n.t('No pending invitations'),
      noMatch: (query) => l10n.t('No invitations match "{0}"', query), countsTotal: true, filterable: true,
      forbidden: parent.source.kind === 'group'
        ? l10n.t('Only those who manage members of this group can see its invitations')
        : l10n.t('Only those who manage members of this project can see its invitations'),
    }, access);
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<InvitationNode>> {
    const query = this.query ? { query: this.query } : {};
    const result = await this.ctx.session.api.listInvitations(this.source, { page, ...query }, { signal });
    return mapPage(result, (invitation) => this.node(invitation));
  }

  /** `allInvitations` has no text filter: with one set, page through the filtered list instead. */
  protected async fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<InvitationNode[]> {
    if (!this.query) {
      const all = await this.ctx.session.api.allInvitations(this.source, { signal, ...progress, resume: this.resumeFrom((n) => n.invitation) });
      return all.map((invitation) => this.node(invitation));
    }
    return this.fetchPageByPage(signal, progress);
  }

  private node(invitation: Invitation): InvitationNode {
    return new InvitationNode(this.ctx, this, invitation);
  }
}
