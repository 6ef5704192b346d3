// Stand-in for `picomatch-browser` in the bundle: gitbeaker uses it only to match endpoints to its own
// rate limiters, which this extension never calls (see rateLimiterFlexible.cjs). Leaving it out saves ~20 KB.
module.exports = {
  isMatch() {
    throw new Error('picomatch is not bundled: gitbeaker rate limiting is replaced by the transport');
  },
};
