// The "Get Started" walkthrough: each step's buttons run declared commands, each step ticks off on an event the
// extension really raises (a context key it sets, or a declared command), its pictures ship in the .vsix, and
// "Create a Token" opens the configured instance's token page with the name and the api scope filled in.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS, CONTEXT_KEYS, VIEW_IDS } from '../../src/core/ids';
import { tokenPageUrl } from '../../src/accounts/tokenPage';
import { localizedManifest } from './support/manifest';

const repo = join(__dirname, '..', '..');
const pkg = localizedManifest(); // the English texts, %key% resolved through package.nls.json
const [walkthrough] = pkg.contributes.walkthroughs;
const commands = Object.values(COMMAND_IDS) as string[];

test('four steps: sign in, browse a group, invite someone, try Find Access', () => {
  assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['signIn', 'browse', 'invite', 'findAccess']);
});

test('every button of a step runs a declared command or shows one of our views', () => {
  const views = Object.values(VIEW_IDS).map((id) => `${id}.focus`);
  for (const step of walkthrough.steps) {
    const links = [...String(step.description).matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `step ${step.id} has no button`);
    for (const id of links) assert.ok(commands.includes(id) || views.includes(id), `step ${step.id} runs unknown ${id}`);
  }
});

test('every step completes on an event the extension raises, and its markdown ships', () => {
  const keys = Object.values(CONTEXT_KEYS) as string[];
  const ignore = readFileSync(join(repo, '.vscodeignore'), 'utf8');
  for (const step of walkthrough.steps) {
    assert.equal(step.completionEvents.length, 1, `step ${step.id}`);
    const [, kind, what] = /^(onContext|onCommand):(.+)$/.exec(step.completionEvents[0]) ?? [];
    if (kind === 'onContext') assert.ok(keys.includes(what), `step ${step.id} waits for a key the extension never sets: ${what}`);
    else assert.ok(kind === 'onCommand' && commands.includes(what), `step ${step.id} waits for ${step.completionEvents[0]}`);
    assert.ok(existsSync(join(repo, step.media.markdown)), `missing ${step.media.markdown}`);
    assert.match(step.media.markdown, /^media\/walkthrough\/[\w-]+\.md$/);
  }
  assert.match(ignore, /^!media\/walkthrough\/\*\.md$/m, 'the walkthrough pages are not packaged');
});

test('"Create a Token" opens the instance\'s token page with name and api scope, also under a path', () => {
  assert.equal(tokenPageUrl('https://gitlab.com'), 'https://gitlab.com/-/user_settings/personal_access_tokens?name=GitLab+Members&scopes=api');
  assert.equal(tokenPageUrl('https://example.com/gitlab/'), 'https://example.com/gitlab/-/user_settings/personal_access_tokens?name=GitLab+Members&scopes=api');
});
