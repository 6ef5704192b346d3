/**
 * Reads a membership file with `yaml` (eemeli) and checks it against the schema, every problem with its line
 * and column: YAML syntax, duplicate keys, unknown keys, wrong types, unknown roles, bad usernames, emails,
 * paths and dates, a person listed twice. The file is only returned when there is no error.
 *
 * ```yaml
 * version: 1
 * instance: https://gitlab.example.com    # optional: which signed-in account
 * groups:
 *   acme/platform:
 *     removeUnlisted: true                 # optional: remove members and invitations not listed
 *     members:
 *       - { username: alice, role: maintainer, expires: 2030-01-31 }
 *     invitations:
 *       - { email: someone@example.com, role: reporter }
 * projects:
 *   acme/website:
 *     members: [{ username: bob, role: developer }]
 * ```
 */
import * as l10n from '@vscode/l10n';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkEmail, checkExpires, checkRole, checkSourcePath, checkUsername, type Check } from './fields';
import { sourceName, type Grant, type InvitationSpec, type MemberSpec, type MembershipFile, type ParseResult, type SourceSpec } from './model';
import { asMap, entriesOf, knownEntries, Problems, scalarValue, type Entry } from './yamlNodes';

const ROOT_KEYS = ['version', 'instance', 'groups', 'projects'];
const SOURCE_KEYS = ['removeUnlisted', 'members', 'invitations'];
const MEMBER_KEYS = ['username', 'role', 'expires'];
const INVITATION_KEYS = ['email', 'role', 'expires'];

export function parseMembershipFile(text: string, now: Date): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = new Problems(lines);
  for (const e of doc.errors) problems.atOffsets(e.pos[0], e.pos[1], firstLine(e.message));
  for (const w of doc.warnings) problems.atOffsets(w.pos[0], w.pos[1], firstLine(w.message), 'warning');
  if (doc.errors.length > 0) return { file: undefined, problems: problems.list };
  const file = readRoot(doc.contents as Node | null, problems, now);
  return { file: problems.hasErrors ? undefined : file, problems: problems.sorted() };
}

function readRoot(root: Node | null, problems: Problems, now: Date): MembershipFile | undefined {
  const map = asMap(root);
  if (!map) {
    problems.at(root, undefined, l10n.t('a membership file declares "groups:" and/or "projects:", each mapping full paths to members and invitations'));
    return undefined;
  }
  const keys = knownEntries(map, ROOT_KEYS, l10n.t({ message: 'the file', comment: ['the membership file, in: unknown key "x" in the file'] }), problems);
  const version = keys.get('version');
  if (version && scalarValue(version.value) !== 1) problems.at(version.value, version.node, l10n.t('{key} must be 1', { key: 'version' }));
  const instance = keys.get('instance');
  const url = instance ? scalarValue(instance.value) : undefined;
  if (instance && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
    problems.at(instance.value, instance.node, l10n.t('{key} must be the GitLab URL, like https://gitlab.example.com', { key: 'instance' }));
  }
  if (!keys.has('groups') && !keys.has('projects')) problems.at(map, undefined, l10n.t('nothing declared: add "groups:" or "projects:"'));
  const sources = (['group', 'project'] as const).flatMap((kind) => {
    const entry = keys.get(`${kind}s`);
    return entry ? readSources(kind, entry, problems, now) : [];
  });
  return { ...(typeof url === 'string' ? { instance: url } : {}), sources };
}

function readSources(kind: 'group' | 'project', entry: Entry, problems: Problems, now: Date): SourceSpec[] {
  const map = asMap(entry.value);
  if (!map) {
    const text = kind === 'group'
      ? l10n.t("{key} must map each group's full path to its members and invitations", { key: 'groups' })
      : l10n.t("{key} must map each project's full path to its members and invitations", { key: 'projects' });
    problems.at(entry.value, entry.node, text);
    return [];
  }
  return entriesOf(map).flatMap((source) => {
    const path = checkSourcePath(kind, source.key);
    if (!path.ok) problems.at(source.keyNode, source.node, path.error);
    const spec = readSource(kind, source, problems, now);
    return path.ok && spec ? [{ ...spec, fullPath: path.value }] : [];
  });
}

function readSource(kind: 'group' | 'project', source: Entry, problems: Problems, now: Date): SourceSpec | undefined {
  const where = sourceName(kind, source.key);
  const map = source.value === null || scalarValue(source.value) === null ? undefined : asMap(source.value);
  if (!map) {
    problems.at(map === undefined && scalarValue(source.value) === null ? source.keyNode : source.value, source.keyNode,
      l10n.t('{0} needs "members:" and/or "invitations:"', where));
    return undefined;
  }
  const keys = knownEntries(map, SOURCE_KEYS, where, problems);
  const remove = keys.get('removeUnlisted');
  const removeUnlisted = remove ? scalarValue(remove.value) : false;
  if (typeof removeUnlisted !== 'boolean') {
    problems.at(remove?.value, remove?.node,
      l10n.t({ message: '{key} must be true or false', args: { key: 'removeUnlisted' }, comment: ['true and false are values of the YAML file: keep them'] }));
  }
  // `members` and `invitations` after the group or project are the file's keys: they stay as written.
  const members = readList(keys.get('members'), `${where} members`, MEMBER_KEYS, problems, (item) => {
    const [name, given] = [field(item, 'username', checkUsername, problems), grant(item, problems, now)];
    return name === undefined ? undefined : { username: name, ...given };
  });
  const invitations = readList(keys.get('invitations'), `${where} invitations`, INVITATION_KEYS, problems, (item) => {
    const [email, given] = [field(item, 'email', checkEmail, problems), grant(item, problems, now)];
    return email === undefined ? undefined : { email, ...given };
  });
  noDuplicates(members.map((m) => [m.username.toLowerCase(), m]), 'username', where, problems);
  noDuplicates(invitations.map((i) => [i.email.toLowerCase(), i]), 'email', where, problems);
  return { kind, fullPath: source.key, removeUnlisted: removeUnlisted === true, members, invitations, range: problems.rangeOf(source.keyNode) };
}

interface Item {
  readonly node: Node;
  readonly keys: Map<string, Entry>;
  readonly range: Grant['range'];
}

function readList<T extends MemberSpec | InvitationSpec>(
  entry: Entry | undefined, where: string, allowed: readonly string[], problems: Problems, read: (item: Item) => T | undefined,
): T[] {
  if (!entry || entry.value === null) return [];
  if (!isSeq(entry.value)) {
    problems.at(entry.value, entry.node, l10n.t('{0} must be a list (each entry starting with "- ")', where));
    return [];
  }
  return entry.value.items.flatMap((node) => {
    const map = asMap(node as Node);
    if (!map) {
      problems.at(node as Node, entry.node, l10n.t('each of {where} needs {key} and {key2}', { where, key: allowed[0], key2: allowed[1] }));
      return [];
    }
    const keys = knownEntries(map, allowed, l10n.t('an entry of {0}', where), problems);
    const range = problems.rangeOf(map);
    for (const required of allowed.slice(0, 2)) if (!keys.has(required)) problems.at(map, undefined, l10n.t('{key} is missing', { key: required }));
    const item = read({ node: map, keys, range });
    return item ? [item] : [];
  });
}

function field<T>(item: Item, key: string, check: (v: unknown) => Check<T>, problems: Problems): T | undefined {
  const entry = item.keys.get(key);
  if (!entry) return undefined;
  const result = check(scalarValue(entry.value));
  if (!result.ok) problems.at(entry.value, entry.node, result.error);
  return result.ok ? result.value : undefined;
}

function grant(item: Item, problems: Problems, now: Date): Grant {
  const accessLevel = field(item, 'role', checkRole, problems) ?? 0;
  const expires = item.keys.has('expires') ? field(item, 'expires', (v) => checkExpires(v, now), problems) : undefined;
  if (expires?.passed) {
    const entry = item.keys.get('expires');
    problems.at(entry?.value, entry?.node,
      l10n.t('{key} {date} has passed: GitLab ends this access itself, so this entry is left out of the plan (not added, changed or removed)',
        { key: 'expires', date: expires.date ?? '' }), 'warning');
  }
  return { accessLevel, expiresAt: expires?.date ?? null, ...(expires?.passed ? { expired: true } : {}), range: item.range };
}

function noDuplicates(keys: Array<[string, Grant]>, what: string, where: string, problems: Problems): void {
  const seen = new Set<string>();
  for (const [key, spec] of keys) {
    if (seen.has(key)) problems.atRange(spec.range, l10n.t('{key} {value} is listed twice in {where}', { key: what, value: key, where }));
    seen.add(key);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
