// `gitlab-members` (issue 15, item 4) as CI runs it: the bundled dist/cli.js as its own process, over HTTP
// against the emulator. Exit codes (0 no changes, 2 changes, 1 error), results on stdout and progress on
// stderr, refusals before any request (bad file, no token, unknown option), apply held to a saved plan, export
// and Find Access; the token never printed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, useBuiltCli } from './support/cliProcess';
import { useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const cli = useBuiltCli();

function workdir(file?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glm-cli-'));
  if (file !== undefined) writeFileSync(join(dir, 'members.yml'), file);
  return dir;
}

const env = (extra: Record<string, string> = {}) => ({ CI_SERVER_URL: emulator().url, GITLAB_TOKEN: emulator().tokens.api, ...extra });
const run = (dir: string, args: string[], extra?: Record<string, string>) => runCli(cli(), args, dir, env(extra));

describe('plan and apply', () => {
  test('plan exits 2 with the diff; apply --yes does it, a line per change; planning again exits 0', async () => {
    emulator().state.createGroup({ path: 'cli-team' });
    const dir = workdir(`groups:
  cli-team:
    members:
      - { username: alice, role: developer }
    invitations:
      - { email: cli.hire@example.com, role: reporter, expires: 2999-01-31 }
`);
    const plan = await run(dir, ['plan', 'members.yml']);
    assert.equal(plan.code, 2, plan.stderr);
    assert.match(plan.stdout, /^\+ add +@alice +Developer, no expiry$/m);
    assert.match(plan.stdout, /^\+ invite +cli\.hire@example\.com +Reporter, expires 2999-01-31$/m);
    assert.match(plan.stdout, /"gitlab-members apply" carries this out/);
    assert.match(plan.stderr, /Comparing members\.yml with http:\/\/127\.0\.0\.1:\d+…/, 'progress goes to stderr');
    assert.equal(emulator().state.members('cli-team').length, 1, 'plan changes nothing');

    const apply = await run(dir, ['apply', 'members.yml', '--yes']);
    assert.equal(apply.code, 0, apply.stderr);
    assert.match(apply.stdout, /^Apply members\.yml: 2 done$/m);
    assert.match(apply.stdout, /^✓ add @alice to group cli-team \(Developer, no expiry\)$/m);
    assert.match(apply.stdout, /^✓ invite cli\.hire@example\.com to group cli-team \(Reporter, expires 2999-01-31\)$/m);
    assert.match(apply.stderr, /^2 of 2$/m);
    assert.equal(emulator().state.members('cli-team').find((m) => m.username === 'alice')?.accessLevel, 30);
    assert.equal(emulator().state.invitations('cli-team')[0]?.email, 'cli.hire@example.com');

    const again = await run(dir, ['plan', 'members.yml']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 to add or invite · 0 to change · 0 to remove/);
    for (const r of [plan, apply, again]) assert.ok(!`${r.stdout}${r.stderr}`.includes(emulator().tokens.api), 'the token is never printed');
  });

  test('apply --plan refuses, changing nothing, when GitLab changed since the plan was saved; --json is the saved plan', async () => {
    emulator().state.createGroup({ path: 'cli-held' });
    emulator().state.addMember('cli-held', 'bob', 30);
    const dir = workdir(`groups:
  cli-held:
    members:
      - { username: bob, role: maintainer }
`);
    const plan = await run(dir, ['plan', 'members.yml', '--out', 'plan.json', '--json']);
    assert.equal(plan.code, 2, plan.stderr);
    const printed = JSON.parse(plan.stdout) as { changes: Array<{ op: string; text: string }> };
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')), printed, '--json prints what --out saves');
    assert.deepEqual(printed.changes.map((c) => [c.op, c.text]), [['change', 'change @bob in group cli-held (Developer, no expiry → Maintainer, no expiry)']]);

    // Someone else makes Bob a Reporter after the plan was reviewed: the change is no longer the one reviewed.
    emulator().state.addMember('cli-held', 'bob', 20);
    const apply = await run(dir, ['apply', 'members.yml', '--plan', 'plan.json', '--yes']);
    assert.equal(apply.code, 1);
    assert.match(apply.stderr, /planned, now not needed or different: change @bob in group cli-held \(Developer, no expiry → Maintainer, no expiry\)/);
    assert.match(apply.stderr, /not in the plan: change @bob in group cli-held \(Reporter, no expiry → Maintainer, no expiry\)/);
    assert.match(apply.stderr, /GitLab or members\.yml changed since plan\.json was planned \(above\)\. Nothing was changed: plan again and review\./);
    assert.equal(emulator().state.members('cli-held').find((m) => m.username === 'bob')?.accessLevel, 20, 'nothing was changed');

    // The file changed since the plan: refused as well.
    writeFileSync(join(dir, 'members.yml'), readFileSync(join(dir, 'members.yml'), 'utf8').replace('maintainer', 'developer'));
    const edited = await run(dir, ['apply', 'members.yml', '--plan', 'plan.json', '--yes']);
    assert.equal(edited.code, 1);
    assert.match(edited.stderr, /members\.yml changed since the plan was saved\./);

    // Without --yes and with nobody to ask (no terminal), nothing is done.
    const unasked = await run(dir, ['apply', 'members.yml']);
    assert.equal(unasked.code, 1);
    assert.match(unasked.stderr, /Nothing was changed: pass --yes to apply 1 change where nobody can be asked \(CI\)\./);
    assert.equal(emulator().state.members('cli-held').find((m) => m.username === 'bob')?.accessLevel, 20);
  });

  test('a plan with a problem exits 1, and apply refuses it whole', async () => {
    emulator().state.createGroup({ path: 'cli-problem' });
    const dir = workdir(`groups:
  cli-problem:
    members:
      - { username: alice, role: developer }
      - { username: nosuchperson, role: guest }
  cli-missing-group:
    members:
      - { username: alice, role: developer }
`);
    const plan = await run(dir, ['plan', 'members.yml', '--json']);
    assert.equal(plan.code, 1);
    const { problems } = JSON.parse(plan.stdout) as { problems: string[] };
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /members\.yml:5: no GitLab user @nosuchperson/);
    assert.match(problems.join('\n'), /group cli-missing-group: .*404/);
    const apply = await run(dir, ['apply', 'members.yml', '--yes']);
    assert.equal(apply.code, 1);
    assert.match(apply.stderr, /The plan has 2 problems \(above\): fix members\.yml first\. Nothing was changed\./);
    assert.equal(emulator().state.members('cli-problem').length, 1, 'alice was not added either');
  });
});

describe('refused before any request', () => {
  test('an invalid file: its problems as file:line:col, exit 1, no request', async () => {
    const dir = workdir('groups:\n  acme:\n    members:\n      - { username: carol, role: boss }\n');
    const before = emulator().log.length;
    const r = await run(dir, ['plan', 'members.yml']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^members\.yml:4:34: error: unknown role "boss"/m);
    assert.match(r.stderr, /members\.yml has 1 problem to fix first; nothing was asked of GitLab\./);
    assert.equal(emulator().log.length, before);
  });

  test('no token, no URL, an unknown option or command: a clear message and exit 1', async () => {
    const dir = workdir('groups:\n  acme: {}\n');
    const noToken = await runCli(cli(), ['plan', 'members.yml'], dir, { CI_SERVER_URL: emulator().url, CI_JOB_TOKEN: 'job-token' });
    assert.equal(noToken.code, 1);
    assert.match(noToken.stderr, /Set GITLAB_TOKEN to a personal, group or project access token of http:\/\/127\.0\.0\.1:\d+ .*CI_JOB_TOKEN cannot read or change members\./);
    const noUrl = await runCli(cli(), ['find-access', 'carol'], dir, { GITLAB_TOKEN: emulator().tokens.api });
    assert.equal(noUrl.code, 1);
    assert.match(noUrl.stderr, /Say which GitLab: --url/);
    const stray = await run(dir, ['plan', 'members.yml', '--yes']);
    assert.equal(stray.code, 1);
    assert.match(stray.stderr, /plan does not take --yes\./);
    const unknown = await run(dir, ['deploy']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Unknown command "deploy"/);
    const badToken = await run(dir, ['plan', 'members.yml'], { GITLAB_TOKEN: 'glpat-wrong' });
    assert.equal(badToken.code, 1);
    assert.match(badToken.stderr, /401/);
    assert.ok(!badToken.stderr.includes('glpat-wrong'));
  });
});

describe('export and find-access', () => {
  test('export writes every member as CSV or Markdown; a path that is neither group nor project says so', async () => {
    const dir = workdir();
    const csv = await run(dir, ['export', 'acme/platform', '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.trim().split('\n');
    assert.equal(lines[0], 'Username,Name,Role,Access level,Member since,Expires,Membership,Source,State');
    assert.equal(lines.length - 1, emulator().state.members('acme/platform').length);
    assert.match(csv.stderr, /Loading the members of acme\/platform…/);
    const md = await run(dir, ['export', 'acme/platform/api', '--format', 'md', '--inherited', '--out', 'api.md']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(readFileSync(join(dir, 'api.md'), 'utf8'), /^# .*acme\/platform\/api/);
    assert.equal(md.stdout, '');
    const none = await run(dir, ['export', 'acme/nothing-here']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /No group or project acme\/nothing-here that this token can see\./);
  });

  test('find-access lists every place with role and how it is held; --json as data', async () => {
    const dir = workdir();
    const text = await run(dir, ['find-access', '@carol']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Carol Chen \(@carol\)$/m);
    assert.match(text.stdout, /^ {2}group acme: Developer · direct · since /m);
    assert.match(text.stdout, /^ {2}project acme\/platform\/api: Developer · inherited from acme · /m);
    assert.match(text.stderr, /One person matches "carol" \(\d+ groups and projects searched\)\./);
    const json = await run(dir, ['find-access', 'carol', '--json']);
    assert.equal(json.code, 0, json.stderr);
    type Place = { kind: string; path: string; via: string; accessLevel: number; inheritedFrom?: string; expiresAt: string | null };
    const data = JSON.parse(json.stdout) as { people: Array<{ who: string; places: Place[] }> };
    assert.deepEqual(data.people.map((p) => p.who), ['Carol Chen (@carol)']);
    const carol = emulator().state.members('acme').find((m) => m.username === 'carol');
    const at = (path: string) => data.people[0].places.find((p) => p.path === path);
    assert.deepEqual([at('acme')?.kind, at('acme')?.via, at('acme')?.accessLevel, at('acme')?.expiresAt?.slice(0, 10)], ['group', 'direct', carol?.accessLevel, carol?.expiresAt?.slice(0, 10)]);
    assert.deepEqual([at('acme/platform/api')?.kind, at('acme/platform/api')?.via, at('acme/platform/api')?.inheritedFrom], ['project', 'inherited', 'acme']);
  });

  test('find-access walks for an administrator too, so scripts keep paths and inherited places; --fast reads the memberships list', async () => {
    const dir = workdir();
    const demo = emulator().state.userByUsername('demo')!;
    demo.isAdmin = true;
    try {
      const walked = JSON.parse((await run(dir, ['find-access', 'carol', '--json'])).stdout) as { path: string; people: Array<{ places: Array<{ path: string }> }> };
      assert.equal(walked.path, 'walk');
      assert.ok(walked.people[0].places.some((p) => p.path === 'acme/platform/api'), 'inherited places are listed');
      const fast = await run(dir, ['find-access', 'carol', '--json', '--fast']);
      assert.equal(fast.code, 0, fast.stderr);
      const listed = JSON.parse(fast.stdout) as { path: string; people: Array<{ listed?: Array<{ name: string; via: string }> }> };
      assert.equal(listed.path, 'memberships');
      assert.ok(listed.people[0].listed?.some((m) => m.name === 'Acme' && m.via === 'direct'), JSON.stringify(listed.people));
      assert.match(fast.stderr, /Path: the user's memberships list \(administrator\)\./);
    } finally {
      demo.isAdmin = false;
    }
  });
});
