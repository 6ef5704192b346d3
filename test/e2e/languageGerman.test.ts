// In German (issue 17): with the workbench's display language switched to German (codeServer.ts writes a stand-in
// language pack, so VS Code's own texts stay English while extensions run in German as with the real pack), the
// extension speaks German wherever a user meets it: the manifest's view names, welcome text and command titles
// (package.nls.de.json); the prompts and notifications its code writes (l10n/bundle.l10n.de.json); the tree's
// rows; and the invite form, which gets its strings from the extension. (The API layer's and the membership-file
// bundle's German: test/unit/l10n.test.ts and asCodeBundle.test.ts.)
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { containerTitle, gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm } from './support/actions';

flow('in German: view names, welcome text, sign-in prompts and errors, tree rows, invite form, palette', async (f) => {
  const pane = () => f.wb.view('Gruppen und Projekte');
  const rows = (text?: string | RegExp) => f.wb.treeRows(pane(), text);
  const labelled = (label: string) => rows().filter({ has: f.wb.page.locator('.label-name', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) });
  const signIn = async (token: string) => {
    await f.wb.welcomeButton(pane(), 'Bei GitLab anmelden').click();
    await f.wb.answerInputBox(/URL der GitLab-Instanz/, f.emulator!.url);
    await f.wb.answerInputBox(/Persönliches Zugriffstoken/, token);
  };

  await f.step('the side bar names its view and welcomes in German', async () => {
    await f.wb.open();
    await f.wb.openViewContainer(containerTitle);
    await expectVisible(pane().getByText(/Sehen und verwalten Sie, wer Zugriff/), timeouts.view, 'the welcome text is not German');
  });

  await f.step('an unknown token is refused in German, with the reason', async () => {
    await signIn('glpat-nobody-has-this-token');
    const refusal = f.wb.notifications().filter({ hasText: /Anmeldung bei .* fehlgeschlagen/ });
    await expectVisible(refusal, timeouts.view, 'no German "sign-in failed" notification');
    assert.match(await refusal.first().innerText(), /hat dieses Token nicht akzeptiert \(401\)/);
  });

  await f.step('signed in, the tree\'s folders are German', async () => {
    await signIn(demoToken);
    await expectVisible(rows('Acme'), timeouts.view, 'after signing in, the tree never showed "Acme"');
    await f.wb.expand(rows('Acme').first(), '"Acme"');
    for (const folder of ['Mitglieder', 'Einladungen', 'Genehmigung ausstehend']) {
      await expectVisible(labelled(folder), timeouts.view, `no "${folder}" folder under Acme`);
    }
    await expectVisible(rows('Acme').filter({ hasText: 'Eigentümer' }), timeouts.ui, 'Acme\'s role is not German');
  });

  await f.step('the invite form is German', async () => {
    await rows('Acme').first().click();
    const form = inviteForm(f.wb.page);
    await expectFormTarget(form, 'acme');
    await expectVisible(form.locator('#send', { hasText: 'Einladen' }), timeouts.view, 'the form\'s send button is not German');
    await expectVisible(form.getByText('Rolle', { exact: true }), timeouts.ui, 'the form\'s role label is not German');
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await f.wb.runCommand('Notifications: Clear All Notifications');
      await f.wb.notifications().first().waitFor({ state: 'hidden', timeout: timeouts.ui });
      await f.wb.expand(rows('Acme').first(), '"Acme"');
      await expectVisible(labelled('Mitglieder'), timeouts.view, 'Acme did not open again');
      await gitlab(f).readmeShot('german');
    }
  });

  await f.step('the command palette lists German titles', async () => {
    assert.ok(await f.wb.paletteHas('GitLab Members: Zugriffe eines Benutzers suchen…'), 'no German Find Access command in the palette');
  });
}, { locale: 'de' });
