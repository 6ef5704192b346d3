// The token goes to the configured GitLab only: not to hosts named in GitLab's answers (avatars, and web URLs
// through a whole browse, search, export and "open in browser"), not across redirects (also in the middle of
// paging, for 301, 307 and 308), and never into request events or error messages.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { searchAccess } from '../../src/findAccess/searchAccess';
import { membersPageUrl } from '../../src/domain/memberLinks';
import { loadExportTable } from '../../src/export/loadExport';
import { startEmulator, type Emulator } from '../emulator/server';
import { clientFor } from './support/emulatorClient';

interface Seen { url: string; headers: IncomingHttpHeaders }

async function listen(
  handler: (url: string, reply: (status: number, headers: Record<string, string>) => void) => void,
  raw?: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (raw) return void raw(req, res).catch(() => res.writeHead(502).end());
    handler(req.url ?? '', (status, headers) => { res.writeHead(status, headers); res.end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A loopback proxy in front of `target` (rewriting its own address in headers); `redirect` answers some requests itself. */
async function forwardTo(target: string, redirect: (url: string) => { status: number; location: string } | undefined) {
  let self = '';
  const server = await listen(() => undefined, async (req, res) => {
    const url = req.url ?? '';
    const r = redirect(url);
    if (r) return void res.writeHead(r.status, { location: r.location }).end();
    const answer = await fetch(`${target}${url}`, { method: req.method, headers: { 'private-token': String(req.headers['private-token'] ?? '') } });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, key) => { headers[key] = value.split(target).join(self); });
    delete headers['content-encoding'];
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  });
  self = server.url;
  return server;
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

  test('a whole browse names the other host in web URLs; opening one in the browser sends it no token', async () => {
    const { api } = clientFor(emu);
    const token = emu.tokens.api;
    const [acme] = (await api.listTopLevelGroups()).items.filter((g) => g.fullPath === 'acme');
    const subgroups = (await api.listSubgroups(acme.id)).items;
    const projects = [...(await api.listGroupProjects(acme.id)).items, ...(await api.listOwnProjects()).items];
    const members = await api.allMembers(acme, { inherited: true });
    await api.allInvitations(acme);
    const pending = (await api.listPendingMembers(acme.id)).items;
    const website = await api.getProject('acme/website');
    const found = await searchAccess(api, 'carol');
    const exported = await loadExportTable(api, { source: website, inherited: true });
    const webUrls = [acme, ...subgroups, ...projects, website, ...members, ...pending].map((x) => x.webUrl ?? '').filter(Boolean);
    assert.ok(webUrls.length > 10 && webUrls.every((u) => u.startsWith(other.url)), `not every web URL names the other host: ${webUrls.join(' ')}`);
    assert.ok(found.hits.length > 0 && found.hits.every((h) => h.source.webUrl.startsWith(other.url)));
    assert.ok(exported.rows.length > 0);
    assert.equal(other.seen.length, 0, `the API layer requested the other host: ${other.seen.map((r) => r.url).join(' ')}`);

    // "Open Members in Browser": the page is GitLab's web_url; the browser, not the extension, requests it.
    const page = membersPageUrl(website, { search: 'carol' });
    assert.ok(page.startsWith(`${other.url}/acme/website/-/project_members?`), page);
    assert.ok(!page.includes(token), 'the members page URL carries the token');
    await fetch(page);
    assert.equal(other.seen.length, 1);
    const carrying = other.seen.filter((r) => r.url.includes(token) || Object.values(r.headers).some((v) => String(v).includes(token)));
    assert.deepEqual(carrying, [], 'a request to the other host carried the token');
    other.seen.length = 0;
  });

  test('a redirect in the middle of paging (301, 307, 308) is refused, not followed with the token', async () => {
    const paged = emu.state.createGroup({ path: 'paged-for-redirects', memberCount: 250 });
    let status = 0;
    const proxy = await forwardTo(emu.url, (url) => (/\/members\?/.test(url) && /[?&]page=2(&|$)/.test(url) ? { status, location: `${other.url}${url}` } : undefined));
    try {
      for (status of [301, 307, 308]) {
        proxy.seen.length = 0;
        const { api } = clientFor(emu, emu.tokens.api, { instanceUrl: proxy.url });
        const group = await api.getGroup(paged.fullPath);
        await assert.rejects(api.allMembers(group, {}), (e: Error & { kind?: string }) => {
          assert.equal(e.kind, 'redirect', `${status}: ${e.message}`);
          assert.ok(!e.message.includes(emu.tokens.api));
          return true;
        });
        assert.ok(proxy.seen.some((r) => /[?&]page=2(&|$)/.test(r.url)), `${status}: page 2 was never asked for`);
        assert.ok(proxy.seen.some((r) => /[?&]page=1(&|$)/.test(r.url) && r.headers['private-token'] === emu.tokens.api), `${status}: page 1 went without the token`);
        assert.deepEqual(other.seen, [], `${status}: the redirect was followed to the other host`);
      }
    } finally {
      await proxy.close();
    }
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
