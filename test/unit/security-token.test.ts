// The token goes to the configured GitLab only: not to hosts named in GitLab's answers, not across redirects,
// and never into request events or error messages.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/server';
import { clientFor } from './support/emulatorClient';

interface Seen { url: string; headers: IncomingHttpHeaders }

async function listen(handler: (url: string, reply: (status: number, headers: Record<string, string>) => void) => void) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    handler(req.url ?? '', (status, headers) => { res.writeHead(status, headers); res.end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the token stays with its GitLab', () => {
  let other: Awaited<ReturnType<typeof listen>>;
  let emu: Emulator;
  before(async () => {
    other = await listen((_url, reply) => reply(200, { 'content-type': 'image/png' }));
    emu = await startEmulator({ port: 0, foreignOrigin: other.url });
  });
  after(async () => {
    await emu.close();
    await other.close();
  });

  test('URLs of another host in GitLab answers are never requested, and events never carry the token', async () => {
    const { api, events } = clientFor(emu);
    const acme = await api.getGroup('acme');
    const members = await api.allMembers(acme, { inherited: true });
    assert.ok(members.some((m) => m.avatarUrl?.startsWith(other.url)), 'the emulator did name the other host');
    await api.listInvitations({ kind: 'group', id: 'acme' });
    await api.invite({ kind: 'group', id: 'acme' }, { emails: ['sec@example.com'], accessLevel: 10 });
    await assert.rejects(api.editMember({ kind: 'group', id: 'partner-co' }, 3, { accessLevel: 10 }), (e: Error) => {
      assert.ok(!e.message.includes(emu.tokens.api));
      return true;
    });
    assert.deepEqual(other.seen, []);
    assert.ok(events.length > 5);
    assert.ok(!JSON.stringify(events).includes(emu.tokens.api), 'no token in request events');
  });

  test('a redirect to another host is refused, not followed', async () => {
    const redirecting = await listen((url, reply) => reply(302, { location: `${other.url}${url}` }));
    try {
      const { api } = clientFor(emu, emu.tokens.api, { instanceUrl: redirecting.url });
      await assert.rejects(api.currentUser(), (e: Error & { kind?: string }) => {
        assert.equal(e.kind, 'redirect');
        assert.match(e.message, /redirect/);
        return true;
      });
      assert.equal(redirecting.seen[0]?.headers['private-token'], emu.tokens.api, 'the configured host did get it');
      assert.deepEqual(other.seen, [], 'the other host got nothing');
    } finally {
      await redirecting.close();
    }
  });
});
