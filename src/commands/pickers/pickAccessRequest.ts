/**
 * What approving and denying an access request share: the request from its row, or (from the palette) a group
 * or project and then one of its requests.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccessRequest } from '../../gitlab/types';
import type { SourceContext } from '../../sources/sourceContext';
import { refOf } from '../../sources/sourceContext';
import { resolveSource } from './resolve';
import type { CommandDeps } from '../support/deps';
import { personLabel } from '../support/describe';
import { sourceOfNode } from '../support/nodeTargets';

export interface RequestTarget {
  readonly ctx: SourceContext;
  readonly request: AccessRequest;
}

function requestOfNode(deps: CommandDeps, node: unknown): RequestTarget | undefined {
  const request = (node as { request?: AccessRequest } | undefined)?.request;
  if (typeof request !== 'object' || request === null || typeof request.id !== 'number' || typeof request.requestedAt !== 'string') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, request };
}

export async function resolveRequest(deps: CommandDeps, node: unknown, title: string): Promise<RequestTarget | undefined> {
  const fromRow = requestOfNode(deps, node);
  if (fromRow) return fromRow;
  const ctx = await resolveSource(deps, node, title, { writes: true });
  if (!ctx) return undefined;
  const page = await ctx.session.api.listAccessRequests(refOf(ctx), { perPage: 100 });
  if (page.items.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Nobody has asked for access to {0}.', ctx.source.fullPath));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    page.items.map((request) => ({ label: personLabel(request), description: l10n.t('asked {0}', request.requestedAt.slice(0, 10)), request })),
    { title, placeHolder: l10n.t('Who asked to join {0}?', ctx.source.fullPath) },
  );
  return picked && { ctx, request: picked.request };
}
