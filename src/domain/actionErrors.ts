/**
 * The sentence a failed action shows: what was being done, GitLab's reason, and for a refusal (403) what the
 * caller's role here allows. Pure: duck-types GitLabError like errors.ts.
 */
import * as l10n from '@vscode/l10n';
import { AccessLevels, type AccessLevel, type SourceKind } from '../gitlab/types';
import { userMessageOf } from './errors';
import { roleName } from './roles';

export interface ActionPlace {
  readonly kind: SourceKind;
  readonly fullPath: string;
  /** The caller's role there; undefined when unknown. */
  readonly callerLevel: AccessLevel | undefined;
}

/** `Couldn't <doing>: <reason>[ <what your role allows>]`. */
export function explainFailure(doing: string, err: unknown, place: ActionPlace): string {
  const reason = userMessageOf(err).trim();
  const why = isForbidden(err) ? roleExplanation(place) : undefined;
  const said = why && !/[.!?)]$/.test(reason) ? `${reason}.` : reason;
  const sentence = l10n.t({ message: "Couldn't {0}: {1}", args: [doing, said], comment: ['{0}: what was being done ("remove @bob from acme"); {1}: GitLab\'s reason'] });
  return why ? `${sentence} ${why}` : sentence;
}

/** For a 403: `You are Developer in partner-co; managing members of a group needs the Owner role.` */
export function roleExplanation(place: ActionPlace): string | undefined {
  const needed = place.kind === 'group' ? AccessLevels.Owner : AccessLevels.Maintainer;
  const [owner, maintainer] = [roleName(AccessLevels.Owner), roleName(AccessLevels.Maintainer)];
  if (place.callerLevel === undefined) {
    return place.kind === 'group'
      ? l10n.t('Managing members of a group needs the {0} role.', owner)
      : l10n.t('Managing members of a project needs the {0} or {1} role.', maintainer, owner);
  }
  if (place.callerLevel >= needed) return undefined;
  const yours = roleName(place.callerLevel);
  return place.kind === 'group'
    ? l10n.t('You are {0} in {1}; managing members of a group needs the {2} role.', yours, place.fullPath, owner)
    : l10n.t('You are {0} in {1}; managing members of a project needs the {2} or {3} role.', yours, place.fullPath, maintainer, owner);
}

export function isForbidden(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { kind, status } = err as { kind?: unknown; status?: unknown };
  return kind === 'forbidden' || status === 403;
}
