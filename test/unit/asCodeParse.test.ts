// Reading and schema-checking .gitlab-members.yml: a good file becomes the spec; every problem points at its
// line and column (zero-based, as the Problems panel takes them).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMembershipFile } from '../../src/asCode/parseFile';
import { checkRole, checkSourcePath } from '../../src/asCode/fields';
import { isMembershipFile, type Problem } from '../../src/asCode/model';

const now = new Date('2025-06-15T12:00:00Z');
const at = (p: Problem) => `${p.range.startLine + 1}:${p.range.startCol + 1} ${p.severity} ${p.message}`;
const problems = (text: string) => parseMembershipFile(text, now).problems.map(at);

describe('a good file', () => {
  test('groups and projects with members, invitations, roles, expiry and removeUnlisted', () => {
    const { file, problems: found } = parseMembershipFile([
      'version: 1',
      'instance: https://gitlab.example.com',
      'groups:',
      '  acme/platform:',
      '    removeUnlisted: true',
      '    members:',
      '      - username: alice',
      '        role: Maintainer',
      '        expires: 2030-01-31',
      '      - { username: bob, role: developer }',
      '    invitations:',
      '      - { email: someone@example.com, role: reporter, expires: 2026-01-01 }',
      'projects:',
      '  acme/website:',
      '    members: [{ username: carol, role: minimal_access }]',
    ].join('\n'), now);
    assert.deepEqual(found, []);
    assert.equal(file?.instance, 'https://gitlab.example.com');
    const [platform, website] = file!.sources;
    assert.deepEqual([platform.kind, platform.fullPath, platform.removeUnlisted], ['group', 'acme/platform', true]);
    assert.deepEqual(platform.members.map((m) => [m.username, m.accessLevel, m.expiresAt, m.range.startLine]), [
      ['alice', 40, '2030-01-31', 6], ['bob', 30, null, 9],
    ]);
    assert.deepEqual(platform.invitations.map((i) => [i.email, i.accessLevel, i.expiresAt]), [['someone@example.com', 20, '2026-01-01']]);
    assert.deepEqual([website.kind, website.removeUnlisted, website.members[0].accessLevel], ['project', false, 5]);
    assert.equal(platform.range.startLine, 3);
  });

  test('file names and field checks', () => {
    assert.ok(isMembershipFile('/ws/.gitlab-members.yml'));
    assert.ok(isMembershipFile('C:\\ws\\.gitlab-members.yaml'));
    assert.ok(!isMembershipFile('/ws/gitlab-members.yml'));
    assert.deepEqual(checkRole('OWNER'), { ok: true, value: 50 });
    assert.equal(checkRole('admin').ok, false);
    assert.equal(checkSourcePath('project', 'acme').ok, false);
    assert.deepEqual(checkSourcePath('group', '/acme/platform/'), { ok: true, value: 'acme/platform' });
  });
});

describe('problems, each at its place', () => {
  test('YAML syntax errors and duplicate keys come from the parser with positions', () => {
    assert.deepEqual(problems('groups:\n  acme:\n    members: [\n'), ['4:1 error Flow sequence in block collection must be sufficiently indented and end with a ]']);
    const found = problems('groups:\n  acme:\n    members: []\n  acme:\n    members: []\n');
    assert.equal(found.length, 1);
    assert.match(found[0], /^4:3 error Map keys must be unique/);
  });

  test('schema: unknown keys, types, roles, usernames, emails, dates, paths, duplicates', () => {
    assert.deepEqual(problems([
      'version: 2',
      'owners: []',
      'groups:',
      '  acme:',
      '    removeUnlisted: yes',
      '    members:',
      '      - username: "@bob"',
      '        role: admin',
      '      - username: carol',
      '        role: developer',
      '        expires: 2020-02-30',
      '        team: red',
      '      - username: carol',
      '        role: guest',
      '      - role: guest',
      '    invitations:',
      '      - { email: not-an-email, role: guest }',
      '  Bad Path!: { members: [] }',
      'projects:',
      '  acme: { members: [] }',
    ].join('\n')), [
      '1:10 error version must be 1',
      '2:1 error unknown key "owners" in the file (expected version, instance, groups, projects)',
      '5:21 error removeUnlisted must be true or false',
      '7:19 error write the username without "@": bob',
      '8:15 error unknown role "admin": use minimal access, guest, planner, reporter, developer, maintainer, owner',
      '11:18 error expires: "2020-02-30" is not a date: use YYYY-MM-DD, for example 2025-06-16.',
      '12:9 error unknown key "team" in an entry of group acme members (expected username, role, expires)',
      '13:9 error username carol is listed twice in group acme',
      '15:9 error username is missing',
      '17:18 error email must be an email address, like someone@example.com',
      '18:3 error "Bad Path!" is not a group path (a full path like acme or acme/platform)',
      '20:3 error "acme" is not a project path (a full path like acme/website)',
    ]);
  });

  test('an empty file, a list at the top, members that are not a list', () => {
    assert.deepEqual(problems(''), ['1:1 error a membership file declares "groups:" and/or "projects:", each mapping full paths to members and invitations']);
    assert.match(problems('- a\n- b\n')[0], /^1:1 error a membership file declares/);
    assert.deepEqual(problems('groups:\n  acme:\n    members: alice\n'), ['3:14 error group acme members must be a list (each entry starting with "- ")']);
    assert.deepEqual(problems('groups:\n  acme:\n'), ['2:3 error group acme needs "members:" and/or "invitations:"']);
    assert.deepEqual(problems('instance: gitlab\n'), [
      '1:1 error nothing declared: add "groups:" or "projects:"',
      '1:11 error instance must be the GitLab URL, like https://gitlab.example.com',
    ]);
  });

  test('an expiry that has passed is a warning, not an error: the file still plans, the entry is marked', () => {
    const text = [
      'groups:',
      '  acme:',
      '    members:',
      '      - { username: bob, role: developer, expires: 2025-06-15 }',
      '      - { username: carol, role: guest, expires: 2025-06-16 }',
      '    invitations:',
      '      - { email: old@example.com, role: guest, expires: 2024-01-01 }',
    ].join('\n');
    const parsed = parseMembershipFile(text, now);
    assert.deepEqual(parsed.problems.map(at), [
      '4:52 warning expires 2025-06-15 has passed: GitLab ends this access itself, so this entry is left out of the plan (not added, changed or removed)',
      '7:57 warning expires 2024-01-01 has passed: GitLab ends this access itself, so this entry is left out of the plan (not added, changed or removed)',
    ]);
    const [acme] = parsed.file!.sources;
    assert.deepEqual(acme.members.map((m) => [m.username, m.expiresAt, m.expired ?? false]), [['bob', '2025-06-15', true], ['carol', '2025-06-16', false]]);
    assert.equal(acme.invitations[0].expired, true);
  });

  test('a file with errors yields no spec to plan from', () => {
    assert.equal(parseMembershipFile('groups:\n  acme:\n    members: [{ username: bob, role: boss }]\n', now).file, undefined);
  });
});
