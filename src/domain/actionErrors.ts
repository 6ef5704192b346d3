/**
 * The sentence a failed action shows: what was being done, GitLab's reason, and for a refusal (403) what the
 * caller's role here allows. Pure: duck-types GitLabError like errors.ts.
 */
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
  if (!why) return `Couldn't ${doing}: ${reason}`;
  return `Couldn't ${doing}: ${/[.!?)]$/.test(reason) ? reason : `${reason}.`} ${why}`;
}

/** For a 403: `You are Developer in partner-co; managing members of a group needs the Owner role.` */
export function roleExplanation(place: ActionPlace): string | undefined {
  const needed = place.kind === 'group' ? AccessLevels.Owner : AccessLevels.Maintainer;
  const what = place.kind === 'group' ? 'the Owner role' : 'the Maintainer or Owner role';
  if (place.callerLevel === undefined) return `Managing members of a ${place.kind} needs ${what}.`;
  if (place.callerLevel >= needed) return undefined;
  return `You are ${roleName(place.callerLevel)} in ${place.fullPath}; managing members of a ${place.kind} needs ${what}.`;
}

export function isForbidden(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { kind, status } = err as { kind?: unknown; status?: unknown };
  return kind === 'forbidden' || status === 403;
}
