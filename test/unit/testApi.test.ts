// The test-only exports of activate(): handed out in a host-test run only, never because a repository's
// workspace settings ask for them (another extension would get a signed-in GitLab client).
import { configuration, ExtensionMode, installedExtensions } from './support/fakeVscode';
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type * as vscode from 'vscode';
import { testApi } from '../../src/testing/testApi';
import type { AccountStore } from '../../src/accounts/accountStore';
import type { Sessions } from '../../src/accounts/sessions';
import type { MembersTreeProvider } from '../../src/tree/provider';

const exportsIn = (mode: number) =>
  testApi({ extensionMode: mode } as unknown as vscode.ExtensionContext, {} as MembersTreeProvider, {} as vscode.TreeView<never>, {} as AccountStore, {} as Sessions);

describe('test-only exports', () => {
  afterEach(() => {
    delete configuration['gitlabMembersTests.resultFile'];
    installedExtensions.clear();
  });

  test('a normal install exports nothing', () => {
    assert.equal(exportsIn(ExtensionMode.Production), undefined);
  });

  test('a workspace setting cannot turn them on, even with the host-test extension installed', () => {
    installedExtensions.add('gitlab-members-tests.host-tests');
    configuration['gitlabMembersTests.resultFile'] = { workspaceValue: '/tmp/steal.json' };
    assert.equal(exportsIn(ExtensionMode.Production), undefined);
  });

  test('the user setting alone is not enough without the host-test extension', () => {
    configuration['gitlabMembersTests.resultFile'] = { globalValue: '/tmp/results.json' };
    assert.equal(exportsIn(ExtensionMode.Production), undefined);
  });

  test('a host-test run (extension installed, user setting) and Development/Test mode get the tree and sign-in', () => {
    installedExtensions.add('gitlab-members-tests.host-tests');
    configuration['gitlabMembersTests.resultFile'] = { globalValue: '/tmp/results.json' };
    assert.equal(typeof exportsIn(ExtensionMode.Production)?.signInWithToken, 'function');
    installedExtensions.clear();
    delete configuration['gitlabMembersTests.resultFile'];
    assert.equal(typeof exportsIn(ExtensionMode.Test)?.signInWithToken, 'function');
    assert.equal(typeof exportsIn(ExtensionMode.Development)?.signInWithToken, 'function');
  });
});
