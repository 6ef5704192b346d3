// GitLab.com's documented rate limits, for what an account-wide walk asks (`--dotcom-rate-limits`, or
// `setRateLimit(DOTCOM_RATE_LIMITS)`; the control endpoint takes `{"preset":"dotcom"}`). Per user:
// - 2,000 authenticated API requests a minute (docs: user/gitlab_com "GitLab.com rate limits", "Authenticated
//   API traffic (for a given user)");
// - the Groups and Projects API limits GitLab.com enforces since April 2025 (blog "Rate limitations announced for
//   Projects, Groups, and Users APIs"; administration/settings/rate_limit_on_groups_api and …_on_projects_api):
//   GET /groups 200, GET /groups/:id 400, GET /groups/:id/projects 600, GET /projects/:id 400 a minute,
//   GET /projects 2,000 per 10 minutes, GET /users/:id/projects 300 a minute;
// - listing all members: a group's 200 a minute per group (rate_limit_on_groups_api "Rate limit on listing group
//   members"), a project's 60 a minute per project (rate_limit_on_members_api; gitlab-org/gitlab issue 580116).
// Endpoints without a documented limit of their own (subgroups, a user's memberships) count only in the 2,000.
// The `name`s label the emulator's 429s (RateLimit-Name); they are not GitLab's own throttle names.
import type { RateLimitOptions } from './rateLimit';

const MINUTE = 60_000;

export const DOTCOM_RATE_LIMITS: RateLimitOptions = {
  limit: 2_000,
  windowMs: MINUTE,
  headers: true,
  endpoints: [
    { name: 'throttle_authenticated_api_groups', method: 'GET', pattern: /^\/groups$/, limit: 200 },
    { name: 'throttle_authenticated_api_group', method: 'GET', pattern: /^\/groups\/[^/]+$/, limit: 400 },
    { name: 'throttle_authenticated_api_group_projects', method: 'GET', pattern: /^\/groups\/[^/]+\/projects$/, limit: 600 },
    { name: 'throttle_authenticated_api_project', method: 'GET', pattern: /^\/projects\/[^/]+$/, limit: 400 },
    { name: 'throttle_authenticated_api_projects', method: 'GET', pattern: /^\/projects$/, limit: 2_000, windowMs: 10 * MINUTE },
    { name: 'throttle_authenticated_api_user_projects', method: 'GET', pattern: /^\/users\/[^/]+\/projects$/, limit: 300 },
    { name: 'throttle_group_members_all', method: 'GET', pattern: /^\/groups\/([^/]+)\/members\/all$/, limit: 200 },
    { name: 'throttle_project_members_all', method: 'GET', pattern: /^\/projects\/([^/]+)\/members\/all$/, limit: 60 },
  ],
};
