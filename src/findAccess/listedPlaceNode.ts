/**
 * A Find Access row from the administrators' memberships list (userMembershipsPath.ts): GitLab names the place
 * (its name, not its path) and the role, nothing else. The place itself is read only when the row is opened or
 * hovered (`resolve()`, one request); until then the row offers no actions, since it has no path or address.
 * Pure: ItemSpecs, no vscode.
 */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { userMessageOf } from '../domain/errors';
import { roleName } from '../domain/roles';
import { sourceName } from '../domain/sourceName';
import type { Member, Source } from '../gitlab/types';
import type { UserMembership } from '../gitlab/userMemberships';
import type { ItemSpec, TooltipLine } from '../tree/node';
import type { PersonNode } from './accessNodes';
import { listedMember, sourceOfMembership } from './userMembershipsPath';

export class ListedPlaceNode {
  readonly id: string;
  private read?: Source;
  private failure?: string;

  constructor(readonly parent: PersonNode, readonly membership: UserMembership) {
    this.id = `${parent.id}/${membership.sourceKind}:${membership.sourceId}`;
  }

  get session(): AccountSession {
    return this.parent.session;
  }

  /** The group or project, once read: then the tree's commands (Open Members in Browser, Copy Username) work here. */
  get source(): Source | undefined {
    return this.read;
  }

  get member(): Member | undefined {
    const user = this.parent.person.user;
    return this.read && user ? listedMember(user, this.membership) : undefined;
  }

  /**
   * Reads the place (once); a failure is shown on the row, and the next hover or opening tries again. A read
   * cancelled (the pointer moved on before the answer) is no failure: the row stays as it was.
   */
  async resolve(signal?: AbortSignal): Promise<void> {
    if (this.read) return;
    try {
      this.read = await sourceOfMembership(this.session.api, this.membership, { signal });
      this.failure = undefined;
    } catch (error) {
      if (!signal?.aborted) this.failure = userMessageOf(error);
    }
  }

  item(): ItemSpec {
    const m = this.membership;
    const direct = l10n.t({ message: 'direct', comment: ['how access is held: a direct membership (not inherited)'] });
    const kind = m.sourceKind === 'group'
      ? l10n.t({ message: 'group', comment: ['what kind of place a row is: a GitLab group'] })
      : l10n.t({ message: 'project', comment: ['what kind of place a row is: a GitLab project'] });
    const lines: TooltipLine[] = [
      { label: l10n.t({ message: 'Where', comment: ['tooltip label: the group or project'] }), value: this.read ? sourceName(m.sourceKind, this.read.fullPath) : `${kind} ${m.sourceName} (#${m.sourceId})` },
      { label: l10n.t({ message: 'Role', comment: ['tooltip label: the role (access level) held there'] }), value: roleName(m.accessLevel) },
      { label: l10n.t({ message: 'How', comment: ['tooltip label: how the access is held (direct, inherited, invitation)'] }), value: direct },
      { label: l10n.t('Since, until'), value: l10n.t("not in GitLab's memberships list") },
      ...(this.read ? [{ label: l10n.t('Members page'), value: this.read.webUrl }] : []),
      ...(this.failure ? [{ label: l10n.t('Not read'), value: this.failure }] : []),
    ];
    return {
      label: this.read?.fullPath ?? m.sourceName,
      description: [roleName(m.accessLevel), direct, this.read ? undefined : kind].filter(Boolean).join(' · '),
      icon: { id: m.sourceKind === 'group' ? 'organization' : 'repo' },
      // Without a tooltip until read: VS Code asks the view to resolve the row when it is hovered or opened.
      ...(this.read || this.failure ? { tooltip: { title: l10n.t('{0} in {1}', this.parent.person.label, this.read?.fullPath ?? m.sourceName), lines } } : {}),
      contextValue: this.read ? contextValue('accessPlace', { direct: true }) : contextValue('accessListed'),
      collapsible: 'none',
    };
  }
}
