/** The invite form's webview: styles, toolkit components, the channel to the extension, then the form. */
import './form.css';
import { byId } from './dom';
import { readL10nBundle } from './l10nBundle';
import { useL10nBundle } from '../src/shared/l10n';
import { InviteFormController } from './form';
import { createHost } from './host';
import { buildLayout } from './layout';
import { registerToolkit } from './toolkit';

useL10nBundle(readL10nBundle(), document.documentElement.lang || 'en');
registerToolkit();
const host = createHost();
const form = new InviteFormController(host, buildLayout(byId('app')));
host.onMessage((message) => form.receive(message));
form.ready();
