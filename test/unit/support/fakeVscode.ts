// A stand-in for the `vscode` module in unit tests: importing this file first makes `require('vscode')` (in the
// code under test) return these exports. Only what the unit tests touch; every call is recorded.
import Module from 'node:module';

export const vscodeCalls: string[] = [];

/** Command ids passed to registerCommand, in order. */
export const registeredCommands: string[] = [];

export const commands = {
  executeCommand: async (id: string): Promise<void> => {
    vscodeCalls.push(`executeCommand ${id}`);
  },
  registerCommand: (id: string): { dispose(): void } => {
    registeredCommands.push(id);
    return { dispose: () => undefined };
  },
};

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 } as const;

export const window = {
  withProgress: async <T>(_options: unknown, task: () => Promise<T>): Promise<T> => {
    vscodeCalls.push('withProgress');
    return task();
  },
  showInformationMessage: async (text: string): Promise<undefined> => {
    vscodeCalls.push(`info ${text}`);
    return undefined;
  },
  showWarningMessage: async (text: string): Promise<undefined> => {
    vscodeCalls.push(`warning ${text}`);
    return undefined;
  },
  showErrorMessage: async (text: string): Promise<undefined> => {
    vscodeCalls.push(`error ${text}`);
    return undefined;
  },
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const original = loader._resolveFilename;
loader._resolveFilename = function resolveVscode(this: unknown, request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? __filename : original.call(this, request, ...rest);
};
