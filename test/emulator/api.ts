// /api/v4 dispatch: route match (404/405) -> token auth (401/403) -> handler. HttpErrors become responses.
import { authenticate } from './auth';
import { HttpError, json, methodNotAllowed, routeNotFound, badRequest, type ApiResponse } from './errors';
import type { Params } from './params';
import { Router } from './router';
import { registerGroupRoutes } from './routes/groups';
import { registerInvitationRoutes } from './routes/invitations';
import { registerMemberRoleRoutes } from './routes/memberRoles';
import { registerMemberReadRoutes } from './routes/members';
import { registerMemberWriteRoutes } from './routes/memberWrite';
import { registerPendingRoutes } from './routes/pending';
import { registerAccessRequestRoutes } from './routes/accessRequests';
import { registerBillableMemberRoutes } from './routes/billableMembers';
import { registerLdapOverrideRoutes } from './routes/ldapOverride';
import { registerUserMembershipRoutes } from './routes/userMemberships';
import { registerShareRoutes } from './routes/shares';
import { registerProjectRoutes } from './routes/projects';
import { registerUserRoutes } from './routes/users';
import type { EmulatorState } from './state';

export interface ApiRequest {
  method: string;
  /** raw path after '/api/v4', still URL-encoded */
  apiPath: string;
  url: URL;
  params: Params | undefined;
  token: string | undefined;
}

export interface ApiEnv {
  state: EmulatorState;
  version: string;
  origin: string;
  foreignOrigin?: string;
}

export function buildRouter(): Router {
  const router = new Router();
  registerUserRoutes(router);
  registerGroupRoutes(router);
  registerProjectRoutes(router);
  registerMemberReadRoutes(router);
  registerMemberWriteRoutes(router);
  registerPendingRoutes(router);
  registerAccessRequestRoutes(router);
  registerBillableMemberRoutes(router);
  registerLdapOverrideRoutes(router);
  registerUserMembershipRoutes(router);
  registerShareRoutes(router);
  registerInvitationRoutes(router);
  registerMemberRoleRoutes(router);
  return router;
}

export function dispatch(router: Router, env: ApiEnv, req: ApiRequest): ApiResponse {
  const match = router.match(req.method, req.apiPath, env.version, env.state.instance);
  if (match.kind === 'not-found') return routeNotFound();
  if (match.kind === 'not-allowed') return methodNotAllowed();
  const auth = authenticate(env.state, req.token, req.method);
  if (!auth.ok) return auth.response;
  if (!req.params) return badRequest();
  const render = { state: env.state, origin: env.origin, foreignOrigin: env.foreignOrigin, callerId: auth.user.id };
  try {
    return match.handler({
      state: env.state, params: req.params, path: match.path, user: auth.user, token: auth.token,
      method: req.method, url: req.url, version: env.version, render,
    });
  } catch (e) {
    if (e instanceof HttpError) return e.response;
    console.error('[gitlab-emulator] handler error', e);
    return json(500, { message: '500 Internal Server Error' });
  }
}
