import { createGitLabClient } from '../../src/gitlab/client';
import { startRemoteEmulator } from './remoteEmulator';
async function main() {
  const emu = await startRemoteEmulator(0);
  const ours = createGitLabClient({ instanceUrl: emu.url, token: emu.token, maxConcurrentRequests: 8 });
  const group = await ours.getGroup('big-org');
  await ours.allMembers(group);
  const t = performance.now();
  for (let i = 0; i < 4; i++) await ours.allMembers(group);
  console.log('ms', performance.now() - t, 'per page', (performance.now() - t) / 528);
  await emu.close();
}
main();
