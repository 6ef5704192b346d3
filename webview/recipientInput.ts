/**
 * The recipients box: finished addresses become chips as soon as a separator is typed, pasted lists of addresses
 * are split at once (an <input> would otherwise drop their line breaks), Enter adds what is typed or the
 * highlighted user.
 */
import { splitFinished } from './recipients';
import type { UserSuggest } from './suggestions';

export interface RecipientActions {
  addEmails(text: string): void;
  typed(text: string): void;
}

export function wireRecipientInput(input: HTMLInputElement, suggest: UserSuggest, actions: RecipientActions): void {
  const commit = (text: string, rest: string) => {
    if (text.trim()) actions.addEmails(text);
    input.value = rest;
    actions.typed(rest);
    suggest.query(rest);
  };

  input.addEventListener('input', () => {
    const { finished, rest } = splitFinished(input.value);
    if (finished.trim()) commit(finished, rest);
    else {
      actions.typed(input.value);
      suggest.query(input.value);
    }
  });

  input.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text') ?? '';
    if (!/[@\n,;]/.test(pasted)) return; // a name to search for: let it in as typed text
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? input.value.length;
    commit(`${input.value.slice(0, start)}${pasted}${input.value.slice(end)}`, '');
  });

  input.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey) return; // Ctrl+Enter sends the form (see form.ts)
    if (suggest.keydown(event)) return;
    if (event.key === 'Enter' && input.value.includes('@')) {
      event.preventDefault();
      commit(input.value, '');
    }
  });

  input.addEventListener('blur', () => {
    if (input.value.includes('@')) commit(input.value, '');
    setTimeout(() => {
      suggest.cancel();
      suggest.close();
    }, 150);
  });
}
