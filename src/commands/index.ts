/**
 * The one table of commands: id → handler. Every handler runs inside the same error handling:
 * a GitLabError shows its userMessage with "Show Logs"; anything else is logged and shown the same way.
 */
import * as vscode from 'vscode';
import { userMessageOf } from '../domain/errors';
import { isGitLabError } from '../gitlab';
import type { CommandDeps } from './deps';
import { COMMAND_IDS, type CommandName } from './ids';
import { loadMore } from './loadMore';
import { refresh } from './refresh';
import { showError } from './showError';
import { showLogs } from './showLogs';
import { signIn } from './signIn';
import { signOut } from './signOut';

type Handler = (deps: CommandDeps, ...args: unknown[]) => unknown;

/** Keyed by handler name; the compiler insists on one handler for every id in ids.ts. */
const HANDLERS: { readonly [K in CommandName]: Handler } = {
  signIn,
  signOut,
  refresh,
  loadMore,
  showLogs,
};

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return (Object.keys(HANDLERS) as CommandName[]).map((name) =>
    vscode.commands.registerCommand(COMMAND_IDS[name], (...args: unknown[]) => run(deps, name, args)));
}

async function run(deps: CommandDeps, name: CommandName, args: unknown[]): Promise<void> {
  try {
    await HANDLERS[name](deps, ...args);
  } catch (err) {
    const message = isGitLabError(err) ? err.userMessage : `GitLab Members: ${userMessageOf(err)}`;
    deps.log.error(`${COMMAND_IDS[name]} failed`);
    await showError(deps.log, message);
  }
}
