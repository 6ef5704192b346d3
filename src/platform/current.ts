/** The platform of this build: Node here; the web bundle gets web.ts in its place (esbuild.mjs). */
export { platform } from './node';
