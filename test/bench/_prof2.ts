import { createGitLabClient } from '../../src/gitlab/client';
import { startEmulator } from '../emulator/server';
async function main() {
  const emu = await startEmulator({});
  const ours = createGitLabClient({ instanceUrl: emu.url, token: emu.tokens.api, maxConcurrentRequests: 8 });
  const group = await ours.getGroup('big-org');
  const t = performance.now();
  for (let i = 0; i < 4; i++) await ours.allMembers(group);
  console.log('ms', performance.now() - t);
  await emu.close();
}
main();
