/**
 * Email recipients from free text, as people type or paste them: separated by commas, semicolons, spaces or
 * new lines, optionally as `Name <a@b.org>` or `"Doe, Jane" <j@d.org>`. Pure: the webview and the tests use it.
 */
import { isValidEmail } from '../src/shared/email';

export interface ParsedEmail {
  /** The address itself: what is sent, and the de-duplication key (case-insensitively). */
  readonly email: string;
  readonly valid: boolean;
}

const SEPARATORS = new Set([',', ';', '\n', '\r']);
const WRAPPING = /^[\s'"([{]+|[\s'")\]}.:]+$/g;

/** Every address in `text`, first occurrence kept, invalid ones marked (never dropped silently). */
export function parseEmails(text: string): ParsedEmail[] {
  return dedupe(segments(text).flatMap(addressesOf).flatMap(toParsed));
}

/**
 * While typing: the part of `text` that is finished (up to the last separator, or everything when it holds an
 * address and ends in a space) and the rest still being typed.
 */
export function splitFinished(text: string): { readonly finished: string; readonly rest: string } {
  let lastSeparator = -1;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') bracket = true;
    else if (!quoted && c === '>') bracket = false;
    else if (!quoted && !bracket && SEPARATORS.has(c)) lastSeparator = i;
  }
  if (!quoted && !bracket && text.includes('@') && /\s$/.test(text)) {
    return { finished: text, rest: '' };
  }
  return { finished: text.slice(0, lastSeparator + 1), rest: text.slice(lastSeparator + 1) };
}

/** Splits on separators outside quotes and angle brackets. */
function segments(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') bracket = true;
    else if (!quoted && c === '>') bracket = false;
    if (!quoted && !bracket && SEPARATORS.has(c)) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * `Name <a@b.org>` gives the address in brackets (the name, quoted or not, is dropped: a quoted one may hold
 * brackets of its own, `"<b>Jo</b>" <jo@x.org>`); otherwise each word is one address, and quoted text is a
 * display name unless it holds an @.
 */
function addressesOf(segment: string): string[] {
  const bracketed = [...segment.replace(/"[^"]*"/g, ' ').matchAll(/<([^<>]*)>/g)].map((m) => m[1]);
  if (bracketed.length > 0) return bracketed;
  return segment.replace(/"([^"]*)"/g, (_, inner: string) => (inner.includes('@') ? ` ${inner} ` : ' ')).split(/\s+/);
}

/** Nothing for a word that is only punctuation (the `.` after a quoted address). */
function toParsed(word: string): ParsedEmail[] {
  const email = word.replace(/^mailto:/i, '').replace(WRAPPING, '').trim();
  return email ? [{ email, valid: isValidEmail(email) && !hasControlCharacter(email) }] : [];
}

function dedupe(list: readonly ParsedEmail[]): ParsedEmail[] {
  const seen = new Set<string>();
  return list.filter(({ email }) => {
    const key = email.toLowerCase();
    if (!email || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Control characters GitLab's own check would let through, but no real address has. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}
