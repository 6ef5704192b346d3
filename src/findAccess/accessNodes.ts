/**
 * The rows of the "Find Access" view: one per person found (expanded), under it one per group or project where
 * they have access. A place row carries the account session, the source and the member or invitation, so the
 * tree's own commands (Open Members in Browser, Copy Username, …) work on it. Pure: ItemSpecs, no vscode.
 */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { describeExpiryLong } from '../domain/expiry';
import { contextValue } from '../domain/contextValue';
import { roleName } from '../domain/roles';
import type { Invitation, Member, Source } from '../gitlab/types';
import type { ItemSpec, TooltipLine } from '../tree/node';
import { sourceName } from '../domain/sourceName';
import { placeDescription, placesSummary, viaText, type PersonAccess, type Place } from './accessResults';
import { ListedPlaceNode } from './listedPlaceNode';

export type AccessNode = PersonNode | PlaceNode | ListedPlaceNode;

export class PersonNode {
  readonly parent = undefined;
  readonly id: string;
  readonly children: Array<PlaceNode | ListedPlaceNode>;

  constructor(readonly session: AccountSession, readonly person: PersonAccess, now: Date) {
    this.id = `${session.key}/${person.key}`;
    this.children = [
      ...person.places.map((place) => new PlaceNode(this, place, now)),
      ...(person.listed ?? []).map((membership) => new ListedPlaceNode(this, membership)),
    ];
  }

  item(): ItemSpec {
    const invited = this.person.key.startsWith('email:');
    return {
      label: this.person.label,
      description: placesSummary(this.person),
      icon: { id: invited ? 'mail' : 'account' },
      tooltip: { title: this.person.label, lines: [{ label: l10n.t({ message: 'Access', comment: ['tooltip label: where the person has access, and their highest role'] }), value: placesSummary(this.person) }] },
      contextValue: contextValue('accessPerson', { invited, readOnly: this.session.readOnly }),
      collapsible: 'expanded',
    };
  }
}

export class PlaceNode {
  readonly id: string;

  constructor(readonly parent: PersonNode, readonly place: Place, private readonly now: Date) {
    this.id = `${parent.id}/${place.source.kind}:${place.source.id}`;
  }

  get session(): AccountSession {
    return this.parent.session;
  }

  get source(): Source {
    return this.place.source;
  }

  /** Read by the tree's commands (Open Members in Browser searches for the member there). */
  get member(): Member | undefined {
    return this.place.member;
  }

  get invitation(): Invitation | undefined {
    return this.place.invitation;
  }

  item(): ItemSpec {
    const p = this.place;
    const lines: TooltipLine[] = [
      { label: l10n.t({ message: 'Where', comment: ['tooltip label: the group or project'] }), value: sourceName(p.source.kind, p.source.fullPath) },
      { label: l10n.t({ message: 'Role', comment: ['tooltip label: the role (access level) held there'] }), value: roleName(p.accessLevel) },
      { label: l10n.t({ message: 'How', comment: ['tooltip label: how the access is held (direct, inherited, invitation)'] }), value: viaText(p) },
      { label: l10n.t({ message: 'Since', comment: ['tooltip label: the date the access was given'] }), value: p.since ? p.since.slice(0, 10) : l10n.t({ message: 'unknown', comment: ['the date access was given is not known'] }) },
      { label: l10n.t({ message: 'Until', comment: ['tooltip label: when the access expires'] }), value: p.expiresAt ? describeExpiryLong(p.expiresAt, this.now) : l10n.t('no expiry') },
      { label: l10n.t('Members page'), value: p.source.webUrl },
    ];
    return {
      label: p.source.fullPath,
      description: placeDescription(p, this.now),
      icon: { id: p.via === 'invitation' ? 'mail' : p.source.kind === 'group' ? 'organization' : 'repo' },
      tooltip: { title: l10n.t('{0} in {1}', this.parent.person.label, p.source.fullPath), lines },
      contextValue: contextValue('accessPlace', { [p.via]: true }),
      collapsible: 'none',
    };
  }
}
