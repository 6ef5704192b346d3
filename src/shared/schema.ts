/**
 * A tiny hand-written schema checker for messages crossing the webview boundary. A schema either returns the
 * value (typed) or a reason; it never throws, whatever it is given. Objects are strict: unknown keys are refused.
 * Types are inferred from schemas (`Infer`), never written beside them, so the two cannot drift.
 * The reasons go to the log (protocolSchema.ts describeRefused, webview/draftState.ts), never to a person: they
 * stay English, marked `l10n-ignore`.
 */

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
export type Schema<T> = (value: unknown, path: string) => Checked<T>;
export type Infer<S> = S extends Schema<infer T> ? T : never;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(path: string, what: string): Checked<T> => ({ ok: false, error: `${path}: ${what}` });

export function str(opts: { max: number; pattern?: RegExp; min?: number }): Schema<string> {
  return (v, path) => {
    if (typeof v !== 'string') return bad(path, 'not a string'); // l10n-ignore: logged, never shown
    if (v.length > opts.max || v.length < (opts.min ?? 0)) return bad(path, `length ${v.length} out of range`); // l10n-ignore: logged, never shown
    if (opts.pattern && !opts.pattern.test(v)) return bad(path, 'wrong format'); // l10n-ignore: logged, never shown
    return ok(v);
  };
}

export function int(min: number, max: number): Schema<number> {
  return (v, path) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? ok(v) : bad(path, `not an integer in ${min}..${max}`)); // l10n-ignore: logged, never shown
}

export function literal<L extends string>(expected: L): Schema<L> {
  return (v, path) => (v === expected ? ok(expected) : bad(path, `expected "${expected}"`)); // l10n-ignore: logged, never shown
}

export function oneOf<L extends string>(...values: L[]): Schema<L> {
  return (v, path) => (values.includes(v as L) ? ok(v as L) : bad(path, `expected one of ${values.join(', ')}`)); // l10n-ignore: logged, never shown
}

export function bool(): Schema<boolean> {
  return (v, path) => (typeof v === 'boolean' ? ok(v) : bad(path, 'not a boolean')); // l10n-ignore: logged, never shown
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return (v, path) => (v === null ? ok(null) : inner(v, path));
}

export function arr<T>(item: Schema<T>, max: number): Schema<readonly T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) return bad(path, 'not an array'); // l10n-ignore: logged, never shown
    if (v.length > max) return bad(path, `more than ${max} items`); // l10n-ignore: logged, never shown
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
}

type Shape = Record<string, Schema<unknown>>;
type Optional<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & unknown;
export type ObjectOf<S extends Shape> = Flat<{ readonly [K in Exclude<keyof S, Optional<S>>]: Infer<S[K]> } & { readonly [K in Optional<S>]?: Infer<S[K]> }>;

/** A field that may be absent (never `undefined` when present). */
export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return (v, path) => (v === undefined ? ok(undefined) : inner(v, path));
}

export function obj<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(path, 'not an object'); // l10n-ignore: logged, never shown
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!Object.hasOwn(shape, key)) return bad(path, `unexpected field "${key}"`); // l10n-ignore: logged, never shown
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const r = schema(record[key], `${path}.${key}`);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return ok(out as ObjectOf<S>);
  };
}

/**
 * One of several object schemas, chosen by the literal in field `key` (`kind: 'email' | 'user'`). A refusal's path
 * names the choice after where the value sits: `message(invite).role`, `draft.chips[3](email).email`.
 */
export function variant<M extends Record<string, Schema<object>>>(key: string, choices: M): Schema<Infer<M[keyof M]>> {
  return (v, path) => {
    const tag = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
    if (typeof tag !== 'string' || !Object.hasOwn(choices, tag)) return bad(path, `unknown ${key} ${JSON.stringify(tag)?.slice(0, 60) ?? 'undefined'}`); // l10n-ignore: logged, never shown
    return choices[tag](v, `${path}(${tag})`) as Checked<Infer<M[keyof M]>>;
  };
}
