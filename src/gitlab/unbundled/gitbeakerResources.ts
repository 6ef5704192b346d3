/**
 * The gitbeaker REST resources the extension uses, named one by one from `@gitbeaker/core` (the resource classes
 * `@gitbeaker/rest` presets with its own fetch requester; the API layer passes its own `requesterFn`, so the
 * preset is not needed), and gitbeaker's requester utilities. Named imports let a bundle keep these 11 classes
 * instead of all of gitbeaker's (about 19 KB instead of 114 KB minified). In the Node build this is the entry
 * of `dist/gitbeaker.js`, required with the first GitLab client (scripts/esbuildPlugins.mjs); the web bundle
 * has it inside.
 */
export {
  GroupAccessRequests, GroupInvitations, GroupMemberRoles, GroupMembers, Groups, PersonalAccessTokens,
  ProjectAccessRequests, ProjectInvitations, ProjectMembers, Projects, Users,
} from '@gitbeaker/core';
export * from '@gitbeaker/requester-utils';
