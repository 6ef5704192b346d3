// Where things live. Everything the harness writes goes under .test-results/ or a temp dir (both git-ignored / throwaway).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const toolsDir = join(root, '.tools');
export const codeServerBin = join(toolsDir, 'code-server', 'node_modules', '.bin', 'code-server');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const resultsDir = join(root, '.test-results');
export const screenshotsDir = join(resultsDir, 'screenshots');
export const readmeScreenshotsDir = join(root, 'media', 'screenshots');

/** Id under which VS Code knows our extension (publisher.name from package.json). */
export const extensionId = 'gitlab-members.gitlab-members';
