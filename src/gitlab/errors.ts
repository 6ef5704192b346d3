/** One error type for everything that can go wrong talking to GitLab, with a sentence a user understands. */

export type GitLabErrorKind =
  | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'bad-request' | 'rate-limited'
  | 'server' | 'network' | 'tls' | 'timeout' | 'invalid-response' | 'redirect' | 'cancelled' | 'http';

export interface GitLabErrorDetails {
  readonly kind: GitLabErrorKind;
  readonly status?: number;
  /** GitLab's own text, flattened from whichever of its three body shapes it used. */
  readonly gitlabMessage?: string;
  /** For 400s: `{ field: [texts] }`. */
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  readonly method?: string;
  readonly path?: string;
  /** The request may have been carried out even though no good answer came back (network error on a POST, 5xx). */
  readonly ambiguous?: boolean;
  readonly cause?: unknown;
}

export class GitLabError extends Error {
  readonly kind: GitLabErrorKind;
  readonly status?: number;
  readonly gitlabMessage?: string;
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  readonly method?: string;
  readonly path?: string;
  readonly ambiguous: boolean;

  constructor(readonly userMessage: string, details: GitLabErrorDetails) {
    super(userMessage, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GitLabError';
    this.kind = details.kind;
    this.status = details.status;
    this.gitlabMessage = details.gitlabMessage;
    this.fieldErrors = details.fieldErrors;
    this.method = details.method;
    this.path = details.path;
    this.ambiguous = details.ambiguous ?? false;
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
