/** One error type for everything that can go wrong talking to GitLab, with a sentence a user understands. */

export type GitLabErrorKind =
  | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'bad-request' | 'rate-limited'
  | 'server' | 'network' | 'tls' | 'timeout' | 'invalid-response' | 'redirect' | 'cancelled' | 'http';

/** What a GitLabError is made from: its fields (only `kind` required) and the error that caused it. */
export type GitLabErrorDetails = Pick<GitLabError, 'kind'>
  & Partial<Pick<GitLabError, 'status' | 'gitlabMessage' | 'fieldErrors' | 'method' | 'path' | 'ambiguous'>>
  & { readonly cause?: unknown };

export class GitLabError extends Error {
  declare readonly kind: GitLabErrorKind;
  declare readonly status?: number;
  /** GitLab's own text, flattened from whichever of its three body shapes it used. */
  declare readonly gitlabMessage?: string;
  /** For 400s: `{ field: [texts] }`. */
  declare readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  declare readonly method?: string;
  declare readonly path?: string;
  /** The request may have been carried out even though no good answer came back (network error on a POST, 5xx). */
  declare readonly ambiguous: boolean;

  constructor(readonly userMessage: string, { cause, ...fields }: GitLabErrorDetails) {
    super(userMessage, cause === undefined ? undefined : { cause });
    this.name = 'GitLabError';
    Object.assign(this, { ...fields, ambiguous: fields.ambiguous ?? false });
  }
}

export function isGitLabError(e: unknown): e is GitLabError {
  return e instanceof Error && e.name === 'GitLabError';
}

/** Input the API layer refuses before sending anything. */
export class GitLabInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitLabInputError';
  }
}
