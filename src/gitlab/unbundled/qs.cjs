// Stand-in for `qs` in the bundles (esbuild.mjs aliases it). gitbeaker uses qs twice: `stringify(params,
// { arrayFormat: 'brackets' })` for every query string, and `parse` only to follow a `Link: next` header when no
// page was asked for, which this extension never does (it asks for pages itself). qs with its dependencies is
// ~50 KB minified, a tenth of the web bundle. This covers what gitbeaker sends: scalars, arrays as `a[]=`,
// nested objects as `a[b]=`; encoded as qs encodes (RFC 3986). test/unit/qsStandIn.test.ts compares it with qs.
'use strict';

const encode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function scalar(value) {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function pairs(prefix, value, out) {
  if (value === undefined) return;
  if (value === null) return void out.push(`${encode(prefix)}=`);
  if (Array.isArray(value)) {
    for (const item of value) pairs(`${prefix}[]`, item, out);
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) pairs(`${prefix}[${key}]`, inner, out);
    return;
  }
  out.push(`${encode(prefix)}=${encode(scalar(value))}`);
}

function stringify(params) {
  const out = [];
  for (const [key, value] of Object.entries(params ?? {})) pairs(key, value, out);
  return out.join('&');
}

/** Flat keys and `a[]` arrays: what a GitLab `Link` URL holds. */
function parse(query) {
  const result = {};
  for (const [key, value] of new globalThis.URLSearchParams(query ?? '')) {
    if (key.endsWith('[]')) (result[key.slice(0, -2)] ??= []).push(value);
    else result[key] = value;
  }
  return result;
}

module.exports = { stringify, parse, default: { stringify, parse } };
