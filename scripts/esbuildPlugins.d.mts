// Types for esbuildPlugins.mjs (the tests import it).
import type { Plugin } from 'esbuild';

export declare const BUNDLE_ALIASES: Record<string, string>;
export declare const NODE_BUILTIN: RegExp;
export declare const loadOnDemand: Plugin;
export declare const vscodeOnce: Plugin;
export declare const l10nOnce: Plugin;
export declare const webPlatform: Plugin;
