/**
 * `gitlab-members find-access USER [--json] [--fast]`: every group and project where a username, name or email has
 * access, how (direct, inherited, invitation), with which role and until when: the extension's Find Access. It
 * walks every group and project, so scripts always get paths, inherited places and invitations; `--fast` lets an
 * administrator's search for one user read GitLab's list of their direct memberships instead (`listed`: ids and
 * names, no paths).
 */
import { peopleOf, placeDescription, searchSummary } from '../findAccess/accessResults';
import { roleName } from '../domain/roles';
import { searchAccess } from '../findAccess/searchAccess';
import { rateLimitNotice } from '../gitlab/rateLimitText';
import { scanProgressText } from '../sources/scanSources';
import { connect, instanceUrlOf } from './connect';
import { throttledNote } from './progress';
import { CliError, EXIT, type CliIo, type ExitCode } from './io';

export interface FindAccessArgs {
  readonly user?: string;
  readonly url?: string;
  readonly json?: boolean;
  readonly fast?: boolean;
}

export async function findAccessCommand(io: CliIo, args: FindAccessArgs, signal: AbortSignal): Promise<ExitCode> {
  if (!args.user?.trim()) throw new CliError('Name the person: a username, a name or an email, for example: gitlab-members find-access @alice');
  const { api } = connect(io, instanceUrlOf(io, args.url));
  const progress = throttledNote(io);
  const result = await searchAccess(api, args.user, {
    walk: args.fast !== true,
    signal,
    onProgress: (p) => progress(scanProgressText(p)),
    onRateLimit: (s) => io.note(rateLimitNotice(s)),
  });
  const people = peopleOf(result);
  const now = io.now();
  if (args.json) {
    io.out(JSON.stringify({
      query: result.query,
      path: result.path,
      searched: result.searched,
      truncated: result.truncated,
      failures: result.failures.map((f) => ({ path: f.source.fullPath, message: f.message })),
      people: people.map((p) => ({
        who: p.label,
        places: p.places.map((pl) => ({
          kind: pl.source.kind, path: pl.source.fullPath, accessLevel: pl.accessLevel, via: pl.via,
          ...(pl.inheritedFrom !== undefined ? { inheritedFrom: pl.inheritedFrom } : {}),
          since: pl.since ?? null, expiresAt: pl.expiresAt,
        })),
        // The memberships path: GitLab's list gives the place's id and name, not its path, nor dates.
        ...(p.listed ? { listed: p.listed.map((m) => ({ kind: m.sourceKind, id: m.sourceId, name: m.sourceName, accessLevel: m.accessLevel, via: 'direct' })) } : {}),
      })),
    }, null, 2));
  } else {
    for (const person of people) {
      io.out(person.label);
      for (const place of person.places) io.out(`  ${place.source.kind} ${place.source.fullPath}: ${placeDescription(place, now)}`);
      for (const m of person.listed ?? []) io.out(`  ${m.sourceKind} ${m.sourceName} (#${m.sourceId}): ${roleName(m.accessLevel)} · direct`);
    }
  }
  io.note(searchSummary(result, people.length));
  return result.failures.length ? EXIT.error : EXIT.ok;
}
