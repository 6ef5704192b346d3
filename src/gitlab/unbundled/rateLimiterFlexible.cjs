// Stand-in for `rate-limiter-flexible` in the bundle. gitbeaker's requester-utils imports it only for its own
// client-side rate limiter, which this extension never uses: our transport passes `rateLimits: {}` and never
// calls gitbeaker's limiter (real limits come from GitLab's 429 + Retry-After). Leaving it out saves ~65 KB.
class NotBundled {
  constructor() {
    throw new Error('rate-limiter-flexible is not bundled: gitbeaker rate limiting is replaced by the transport');
  }
}
module.exports = { RateLimiterMemory: NotBundled, RateLimiterQueue: NotBundled };
