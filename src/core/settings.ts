/** The `gitlabMembers.*` settings, read fresh each time and clamped to their documented ranges. */
import * as vscode from 'vscode';
import { WORK_CONCURRENCY } from '../shared/pool';

export const SETTINGS_SECTION = 'gitlabMembers';

export interface Settings {
  readonly instanceUrl: string;
  readonly pageSize: number;
  readonly maxConcurrentRequests: number;
  /** Groups and projects an account-wide scan visits at once: WORK_CONCURRENCY, never above maxConcurrentRequests. */
  readonly workConcurrency: number;
  /** `expiringWithinDays`: how far ahead Expiring Access looks. */
  readonly expiringWithinDays: number;
  readonly expiryWarningDays: number;
  readonly showInheritedMembers: boolean;
  /** Path of a PEM file with extra CA certificates to trust (besides the usual ones); empty: none. */
  readonly caCertificates: string;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const maxConcurrentRequests = clampInt(config.get<number>('maxConcurrentRequests'), 1, 16, 8);
  return {
    instanceUrl: config.get<string>('instanceUrl') || 'https://gitlab.com',
    pageSize: clampInt(config.get<number>('pageSize'), 1, 100, 100),
    maxConcurrentRequests,
    workConcurrency: Math.min(WORK_CONCURRENCY, maxConcurrentRequests),
    expiringWithinDays: clampInt(config.get<number>('expiringWithinDays'), 1, 365, 30),
    expiryWarningDays: clampInt(config.get<number>('expiryWarningDays'), 0, 365, 7),
    showInheritedMembers: config.get<boolean>('showInheritedMembers') === true,
    caCertificates: (config.get<string>('caCertificates') ?? '').trim(),
  };
}

const affects = (event: vscode.ConfigurationChangeEvent, names: readonly string[]): boolean =>
  names.some((name) => event.affectsConfiguration(`${SETTINGS_SECTION}.${name}`));

/** Settings whose change needs new API clients (and so a reload of the tree). */
export function affectsClients(event: vscode.ConfigurationChangeEvent): boolean {
  return affects(event, ['pageSize', 'maxConcurrentRequests', 'caCertificates']);
}

/** Settings Expiring Access reads (how far ahead; the warning days colour its rows): a change reloads it. */
export function affectsExpiring(event: vscode.ConfigurationChangeEvent): boolean {
  return affects(event, ['expiringWithinDays', 'expiryWarningDays']);
}

/** Settings the tree reads when it builds nodes: a change reloads it. */
export function affectsTree(event: vscode.ConfigurationChangeEvent): boolean {
  return affects(event, ['expiryWarningDays', 'showInheritedMembers']);
}

function clampInt(value: number | undefined, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
