// What differs between the Node extension host and the web worker host (src/platform/): the web one has no CA
// file (it says why, naming the setting), no environment and no listener limit; the Node one reads the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { platform as node } from '../../src/platform/node';
import { platform as web } from '../../src/platform/web';

test('in the browser a CA file cannot be used, and the message says why', () => {
  assert.equal(web.kind, 'web');
  assert.throws(() => web.trustingFetch('/etc/ssl/corp.pem', undefined), /"gitlabMembers\.caCertificates" works in desktop VS Code only: in the browser, GitLab's certificate must be trusted by the browser itself\./);
  assert.deepEqual(web.proxyEnv(), {});
  const signal = new AbortController().signal;
  assert.doesNotThrow(() => web.shareListeners(signal));
});

test('on Node the CA file is read (a relative path is refused with the setting named)', () => {
  assert.equal(node.kind, 'node');
  assert.throws(() => node.trustingFetch('corp.pem', undefined), /"gitlabMembers\.caCertificates" must be an absolute path to a PEM file \(got "corp\.pem"\)\./);
  assert.equal(node.proxyEnv(), process.env);
});
