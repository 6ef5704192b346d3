/**
 * The webview's side of the channel: typed sending, every incoming message validated (a malformed or unknown
 * one is refused, logged in the console and reported to the extension's log), and the draft kept with
 * setState/getState so it survives the view being hidden or the window reloading.
 */
import type { InviteDraft } from './inviteDraft';
import type { FromWebview, ToWebview } from '../src/shared/protocol';
import { describeRefused, parseToWebview } from '../src/shared/protocolSchema';
import { parseDraft } from './draftState';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface Host {
  post(message: FromWebview): void;
  loadDraft(): InviteDraft;
  saveDraft(draft: InviteDraft): void;
  onMessage(handle: (message: ToWebview) => void): void;
}

export function createHost(): Host {
  const api = acquireVsCodeApi();
  const post = (message: FromWebview) => api.postMessage(message);
  const problem = (text: string) => {
    console.warn(`invite form: ${text}`); // l10n-ignore: a console line for developers
    post({ type: 'problem', text: text.slice(0, 1000) });
  };
  // l10n-ignore: a report for the console and the extension's log (English, like VS Code's logs)
  document.addEventListener('securitypolicyviolation', (e) => problem(`CSP blocked ${e.violatedDirective} (${e.blockedURI || 'inline'})`));
  return {
    post,
    loadDraft: () => parseDraft(api.getState()),
    saveDraft: (draft) => api.setState(draft),
    onMessage(handle) {
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const parsed = parseToWebview(event.data);
        if (!parsed.ok) return problem(describeRefused(parsed.error));
        handle(parsed.value);
      });
    },
  };
}
