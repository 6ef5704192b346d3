// Entry of dist/gitbeaker.js: gitbeaker's REST resources and its requester utilities in one file, required by
// the extension when its first GitLab client is built (see src/gitlab/gitbeaker.ts and esbuild.mjs).
module.exports = { ...require('@gitbeaker/rest'), ...require('@gitbeaker/requester-utils') };
