// Entry of dist/undici.js: undici on its own, required by the extension only when a private CA is configured
// (see src/platform/tlsFetch.ts and esbuild.mjs), so the main bundle and activation stay small.
module.exports = require('undici');
