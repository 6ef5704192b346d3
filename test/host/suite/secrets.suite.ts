import * as assert from 'node:assert/strict';
import { suite, test } from './runner';
import { testContext } from './testContext';

suite('SecretStorage (this host)', () => {
  test('store, read back, change event, delete', async () => {
    const secrets = testContext().secrets;
    const key = `gitlabMembers.token:https://gitlab.example.com:${Date.now()}`;
    const changed: string[] = [];
    const listener = secrets.onDidChange((e) => changed.push(e.key));
    try {
      await secrets.store(key, 'glpat-round-trip');
      assert.equal(await secrets.get(key), 'glpat-round-trip');
      await secrets.delete(key);
      assert.equal(await secrets.get(key), undefined);
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(changed.includes(key), 'onDidChange did not fire for the key');
    } finally {
      listener.dispose();
      await secrets.delete(key);
    }
  });

  test('globalState keeps JSON values (accounts live there, without secrets)', async () => {
    const state = testContext().globalState;
    const value = { instanceUrl: 'https://gitlab.example.com', userId: 1, scopes: ['api'] };
    await state.update('hostTests.probe', value);
    assert.deepEqual(state.get('hostTests.probe'), value);
    await state.update('hostTests.probe', undefined);
    assert.equal(state.get('hostTests.probe'), undefined);
  });
});
