/** The API layer's public surface. */
export type * from './api';
export type * from './types';
export type * from './seats';
export type * from './userMemberships';
export { AccessLevels } from './types';
export { createGitLabClient } from './client';
export { GitLabError, GitLabInputError, isGitLabError } from './errors';
export { normalizeInstanceUrl, isLoopbackHost } from './instanceUrl';
export { isValidEmail } from './validate';
export { MAX_INVITE_BATCH } from './invite';
export { MAX_PER_PAGE } from './paging';
export type { ResumeFrom } from './pager';
export { rateLimitNotice } from './rateLimitText';
