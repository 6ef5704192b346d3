// A stand-in for the `vscode` module in unit tests: importing this file first makes `require('vscode')` (in the
// code under test) return these exports. Only what the unit tests touch; every call is recorded
// (a notification with its buttons: `warning text [Show Logs]`), and a test may queue the buttons to "click".
import Module from 'node:module';

export const vscodeCalls: string[] = [];
/** The button the next notifications answer with, in order (undefined: dismissed). */
export const notificationAnswers: Array<string | undefined> = [];

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

const notification = (kind: string) => async (text: string, ...buttons: string[]): Promise<string | undefined> => {
  vscodeCalls.push(`${kind} ${text}${buttons.length ? ` [${buttons.join(', ')}]` : ''}`);
  return notificationAnswers.shift();
};

export const window = {
  withProgress: async <T>(_options: unknown, task: () => Promise<T>): Promise<T> => {
    vscodeCalls.push('withProgress');
    return task();
  },
  showInformationMessage: notification('info'),
  showWarningMessage: notification('warning'),
  showErrorMessage: notification('error'),
};

/** Enough of vscode.Uri for the webview's paths: a scheme and a path, joined with `/`. */
export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export const ExtensionMode = { Production: 1, Development: 2, Test: 3 } as const;

/** Setting values by scope, as `inspect()` reports them: `configuration['section.key'] = { globalValue: … }`. */
export const configuration: Record<string, { globalValue?: unknown; workspaceValue?: unknown }> = {};

export const workspace = {
  getConfiguration: (section: string) => ({
    inspect: (key: string) => ({ key: `${section}.${key}`, ...configuration[`${section}.${key}`] }),
    get: (key: string) => configuration[`${section}.${key}`]?.globalValue,
  }),
};

/** The display language; `l10n.bundle` is undefined in English, as in VS Code. */
export const env = { language: 'en' };
export const l10n = { bundle: undefined as Record<string, string> | undefined };

/** Ids of the extensions `extensions.getExtension` finds installed. */
export const installedExtensions = new Set<string>();

export const extensions = {
  getExtension: (id: string) => (installedExtensions.has(id) ? { id } : undefined),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const original = loader._resolveFilename;
loader._resolveFilename = function resolveVscode(this: unknown, request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? __filename : original.call(this, request, ...rest);
};
