// The README's `.gitlab-ci.yml` example (section "In CI"), run as GitLab would run its jobs: each job's script
// lines in a shell, in stage order, with the variables GitLab sets (CI_SERVER_URL, CI_COMMIT_BRANCH,
// CI_DEFAULT_BRANCH) and GITLAB_TOKEN as the masked variable, in a checkout holding the membership file and the
// tool at the path the README names; a job passes when its exit code is 0 or one its `allow_failure` allows,
// and a later job runs only when the earlier ones passed and its `rules` match. Against the emulator.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { runShell, useBuiltCli, type CliRun } from './support/cliProcess';
import { useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const cli = useBuiltCli();

interface Job {
  stage: string;
  script: string[];
  rules?: Array<{ if?: string }>;
  allow_failure?: { exit_codes?: number[] };
  needs?: string[];
}

function readmeExample(): { stages: string[]; jobs: Map<string, Job>; image?: string } {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## In CI\n'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the README has a yaml example under "In CI"');
  const doc = parse(block) as Record<string, unknown> & { stages: string[]; default?: { image?: string } };
  const jobs = new Map(Object.entries(doc).filter(([, v]) => typeof v === 'object' && v !== null && 'script' in v) as Array<[string, Job]>);
  return { stages: doc.stages, jobs, image: doc.default?.image };
}

/** `$A == $B` rules, the only kind the example uses: no rules means always. */
function ruleMatches(job: Job, vars: Record<string, string>): boolean {
  if (!job.rules) return true;
  return job.rules.some((rule) => {
    const m = /^\$(\w+) == \$(\w+)$/.exec(rule.if ?? '');
    assert.ok(m, `rule the test does not understand: ${rule.if}`);
    return (vars[m[1]] ?? '') === (vars[m[2]] ?? '');
  });
}

interface JobRun { name: string; run: CliRun; passed: boolean }

async function pipeline(checkout: string, branch: string): Promise<JobRun[]> {
  const { stages, jobs } = readmeExample();
  const vars = {
    CI: 'true', CI_SERVER_URL: emulator().url, GITLAB_TOKEN: emulator().tokens.api,
    CI_COMMIT_BRANCH: branch, CI_DEFAULT_BRANCH: 'main',
  };
  const runs: JobRun[] = [];
  for (const stage of stages) {
    for (const [name, job] of jobs) {
      if (job.stage !== stage || !ruleMatches(job, vars)) continue;
      if (runs.some((r) => !r.passed)) return runs;
      for (const need of job.needs ?? []) assert.ok(runs.some((r) => r.name === need), `${name} needs ${need}, which ran before it`);
      let run: CliRun = { code: 0, stdout: '', stderr: '' };
      for (const line of job.script) {
        run = await runShell(line, checkout, vars);
        if (run.code !== 0) break;
      }
      runs.push({ name, run, passed: run.code === 0 || (job.allow_failure?.exit_codes ?? []).includes(run.code ?? -1) });
    }
  }
  return runs;
}

function checkout(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glm-ci-'));
  mkdirSync(join(dir, 'tools'));
  copyFileSync(cli(), join(dir, 'tools', 'gitlab-members.js'));
  writeFileSync(join(dir, '.gitlab-members.yml'), file);
  return dir;
}

test("the README's CI example: a branch only plans; the default branch plans and applies; then nothing is left", async () => {
  assert.match(readmeExample().image ?? '', /^node:20\b/, 'the jobs run on the Node the tool is built for (node20)');
  emulator().state.createGroup({ path: 'ci-team' });
  const dir = checkout('groups:\n  ci-team:\n    members:\n      - { username: bob, role: reporter }\n');

  const branch = await pipeline(dir, 'add-bob');
  assert.deepEqual(branch.map((j) => [j.name, j.run.code, j.passed]), [['membership plan', 2, true]], 'a branch pipeline plans (changes: a warning) and applies nothing');
  assert.match(branch[0].run.stdout, /^\+ add +@bob +Reporter, no expiry$/m);
  assert.equal(emulator().state.members('ci-team').some((m) => m.username === 'bob'), false);

  const main = await pipeline(dir, 'main');
  assert.deepEqual(main.map((j) => [j.name, j.run.code, j.passed]), [['membership plan', 2, true], ['membership apply', 0, true]]);
  assert.match(main[1].run.stdout, /^✓ add @bob to group ci-team \(Reporter, no expiry\)$/m);
  assert.equal(emulator().state.members('ci-team').find((m) => m.username === 'bob')?.accessLevel, 20);

  const again = await pipeline(dir, 'main');
  assert.deepEqual(again.map((j) => [j.name, j.run.code, j.passed]), [['membership plan', 0, true], ['membership apply', 0, true]]);
  assert.match(again[1].run.stderr, /Nothing to change: GitLab already matches \.gitlab-members\.yml\./);
});

test("the README's CI example: a file with a problem fails the plan job and nothing is applied", async () => {
  emulator().state.createGroup({ path: 'ci-broken' });
  const dir = checkout('groups:\n  ci-broken:\n    members:\n      - { username: bob, role: reporter, expires: someday }\n');
  const main = await pipeline(dir, 'main');
  assert.deepEqual(main.map((j) => [j.name, j.run.code, j.passed]), [['membership plan', 1, false]]);
  assert.match(main[0].run.stderr, /^\.gitlab-members\.yml:4:\d+: error: /m);
  assert.equal(emulator().state.members('ci-broken').length, 1);
});
