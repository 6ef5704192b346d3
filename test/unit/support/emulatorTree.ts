// A TreeModel over one signed-in account of the emulator (demo, or read-only), and walking it by labels.
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../../src/accounts/sessions';
import type { GitLabApi } from '../../../src/gitlab/api';
import type { Source } from '../../../src/gitlab/types';
import type { TreeNode } from '../../../src/tree/node';
import { TreeModel } from '../../../src/tree/treeModel';

export interface TreeOptions {
  readOnly?: boolean;
  pins?: Source[];
  changed?: (n: TreeNode | undefined) => void;
}

export function emulatorTree(instanceUrl: string, api: GitLabApi, opts: TreeOptions = {}): TreeModel {
  const readOnly = opts.readOnly ?? false;
  const account = { instanceUrl, userId: 1, username: 'demo', name: 'Demo Owner', scopes: [readOnly ? 'read_api' : 'api'] };
  const session: AccountSession = { account, key: `${account.instanceUrl}#1`, readOnly, api, hasToken: async () => true };
  const env = { now: () => new Date(), warningDays: () => 7, showInherited: () => false, pins: () => opts.pins ?? [] };
  return new TreeModel(() => [session], env, opts.changed ?? (() => undefined));
}

export const label = (n: TreeNode) => n.item().label;

/** The rows under the row reached by following `path` (labels) from the roots. */
export async function open(tree: TreeModel, ...path: string[]): Promise<TreeNode[]> {
  let rows = await tree.children();
  for (const name of path) {
    const next = rows.find((n) => label(n) === name);
    assert.ok(next, `no "${name}" among ${JSON.stringify(rows.map(label))}`);
    rows = await tree.children(next);
  }
  return rows;
}

