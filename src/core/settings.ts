/** The `gitlabMembers.*` settings, read fresh each time and clamped to their documented ranges. */
import * as vscode from 'vscode';
import { platform } from '../platform/current';
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

/**
 * The proxy VS Code is set to use: `http.proxy`, else the HTTPS_PROXY / HTTP_PROXY environment VS Code reads
 * too; `http.noProxy` and NO_PROXY list the hosts reached directly. Undefined: no proxy.
 */
export function readProxy(env: Readonly<Record<string, string | undefined>> = platform.proxyEnv()): { url: string; noProxy: string[] } | undefined {
  const http = vscode.workspace.getConfiguration('http');
  const url = (http.get<string>('proxy') ?? '').trim() || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || '';
  if (!url) return undefined;
  const listed = http.get<string[]>('noProxy') ?? [];
  const fromEnv = (env.NO_PROXY ?? env.no_proxy ?? '').split(',');
  return { url, noProxy: [...listed, ...fromEnv].map((h) => h.trim()).filter(Boolean) };
}

/** Settings whose change needs new API clients: ours, and VS Code's proxy (the CA file's fetch uses it). */
export function affectsProxy(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('http.proxy') || event.affectsConfiguration('http.noProxy');
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
