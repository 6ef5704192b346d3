/**
 * The rows of the "Find Access" view: one per person found (expanded), under it one per group or project where
 * they have access. A place row carries the account session, the source and the member or invitation, so the
 * tree's own commands (Open Members in Browser, Copy Username, …) work on it. Pure: ItemSpecs, no vscode.
 */
import type { AccountSession } from '../accounts/sessions';
import { describeExpiryLong } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { Invitation, Member, Source } from '../gitlab/types';
import type { ItemSpec, TooltipLine } from '../tree/node';
import { placeDescription, placesSummary, viaText, type PersonAccess, type Place } from './accessResults';

export type AccessNode = PersonNode | PlaceNode;

export class PersonNode {
  readonly parent = undefined;
  readonly id: string;
  readonly children: PlaceNode[];

  constructor(readonly session: AccountSession, readonly person: PersonAccess, now: Date) {
    this.id = `${session.key}/${person.key}`;
    this.children = person.places.map((place) => new PlaceNode(this, place, now));
  }

  item(): ItemSpec {
    const invited = this.person.key.startsWith('email:');
    return {
      label: this.person.label,
      description: placesSummary(this.person),
      icon: { id: invited ? 'mail' : 'account' },
      tooltip: { title: this.person.label, lines: [{ label: 'Access', value: placesSummary(this.person) }] },
      contextValue: invited ? 'accessPerson;invited' : 'accessPerson',
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
      { label: 'Where', value: `${p.source.kind} ${p.source.fullPath}` },
      { label: 'Role', value: roleName(p.accessLevel) },
      { label: 'How', value: viaText(p) },
      { label: 'Since', value: p.since ? p.since.slice(0, 10) : 'unknown' },
      { label: 'Until', value: p.expiresAt ? describeExpiryLong(p.expiresAt, this.now) : 'no expiry' },
      { label: 'Members page', value: p.source.webUrl },
    ];
    return {
      label: p.source.fullPath,
      description: placeDescription(p, this.now),
      icon: { id: p.via === 'invitation' ? 'mail' : p.source.kind === 'group' ? 'organization' : 'repo' },
      tooltip: { title: `${this.parent.person.label} in ${p.source.fullPath}`, lines },
      contextValue: `accessPlace;${p.via}`,
      collapsible: 'none',
    };
  }
}
