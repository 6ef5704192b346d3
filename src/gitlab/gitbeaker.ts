/**
 * gitbeaker, loaded when the first client is built rather than when the extension activates. In the bundle
 * these requires become `require('./gitbeaker.js')`, a file of its own (see esbuild.mjs), so it is neither
 * parsed nor evaluated on the activation path. `require` caches the module: loading happens once.
 */
export type GitbeakerRest = typeof import('./unbundled/gitbeakerResources');
export type GitbeakerRequesterUtils = typeof import('@gitbeaker/requester-utils');

export function gitbeakerRest(): GitbeakerRest {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./unbundled/gitbeakerResources') as GitbeakerRest;
}

/** The requester utilities, from the same file as the resources (one copy in every bundle). */
export function gitbeakerRequesterUtils(): GitbeakerRequesterUtils {
  return gitbeakerRest();
}
