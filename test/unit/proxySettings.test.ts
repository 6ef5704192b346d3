// Which proxy the CA file's fetch uses: VS Code's `http.proxy` first, else the environment VS Code reads too
// (HTTPS_PROXY, HTTP_PROXY); `http.noProxy` and NO_PROXY list the hosts reached directly.
import { configuration } from './support/fakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { readProxy } from '../../src/core/settings';

afterEach(() => {
  delete configuration['http.proxy'];
  delete configuration['http.noProxy'];
});

test('no proxy anywhere: none', () => {
  assert.equal(readProxy({}), undefined);
});

test('http.proxy wins over the environment; both noProxy lists apply', () => {
  configuration['http.proxy'] = { globalValue: 'http://proxy.corp:3128' };
  configuration['http.noProxy'] = { globalValue: ['gitlab.internal'] };
  assert.deepEqual(readProxy({ HTTPS_PROXY: 'http://env:8080', NO_PROXY: 'localhost, .corp' }),
    { url: 'http://proxy.corp:3128', noProxy: ['gitlab.internal', 'localhost', '.corp'] });
});

test('without http.proxy, the environment\'s proxy is used', () => {
  assert.deepEqual(readProxy({ https_proxy: 'http://env:8080' }), { url: 'http://env:8080', noProxy: [] });
});
