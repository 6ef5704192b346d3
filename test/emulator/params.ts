// Request parameters: query string, x-www-form-urlencoded body and JSON body, merged (body wins, like Rack).
import { HttpError, plainError } from './errors';

export type ParamValue = string | number | boolean | null | ParamValue[] | { [key: string]: ParamValue };
export type RawParams = Record<string, ParamValue>;

/** Parses `a=1&ids[]=1&ids[]=2` into { a: '1', ids: ['1', '2'] }. */
export function parseUrlEncoded(search: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const [key, value] of search) {
    if (key.endsWith('[]')) {
      const k = key.slice(0, -2);
      const prev = out[k];
      out[k] = Array.isArray(prev) ? [...prev, value] : [value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Parses a request body by content type; returns undefined when it cannot be parsed. */
export function parseBody(contentType: string | undefined, body: string): RawParams | undefined {
  if (body.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || (type === '' && /^\s*[{[]/.test(body))) {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as RawParams) : {};
    } catch {
      return undefined;
    }
  }
  if (type === 'application/x-www-form-urlencoded' || type === '') {
    return parseUrlEncoded(new URLSearchParams(body));
  }
  return {};
}

export class Params {
  constructor(readonly raw: RawParams) {}

  has(key: string): boolean {
    return this.raw[key] !== undefined;
  }

  str(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }

  /** Integer like Grape's Integer coercion; answers 400 {"error":"<key> is invalid"} for junk. */
  int(key: string): number | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
    throw new HttpError(plainError(400, `${key} is invalid`));
  }

  bool(key: string): boolean | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'boolean') return v;
    return ['true', '1', 't', 'yes', 'on'].includes(String(v).toLowerCase());
  }

  /** A list given as a JSON/bracket array or as a comma-separated string; items trimmed, blanks dropped. */
  list(key: string): string[] | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    const items = Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : String(v).split(',');
    return items.map((x) => x.trim()).filter((x) => x !== '');
  }

  /** Integer list (user_ids); non-integers answer 400 {"error":"<key> is invalid"}. */
  intList(key: string): number[] | undefined {
    const items = this.list(key);
    if (!items) return undefined;
    return items.map((x) => {
      if (!/^-?\d+$/.test(x)) throw new HttpError(plainError(400, `${key} is invalid`));
      return Number.parseInt(x, 10);
    });
  }
}
