// The manifest is translatable (issue 17): every text package.json shows a user is a %key% placeholder,
// package.nls.json (English) and package.nls.de.json hold exactly the keys package.json uses, the German keeps
// each {0} placeholder, command: link and markdown link target, and the walkthrough pages of both languages exist,
// keep their links and ship in the .vsix.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NLS_PLACEHOLDER, nlsMessages, nlsText, rawManifest, repo, type Manifest } from './support/manifest';

const LANGUAGES = ['de'];
const PRODUCT = 'GitLab Members';

type Found = { where: string; value: unknown };

/** The texts of a setting's schema, and of the schemas inside it (object properties, array items, alternatives). */
function schemaTexts(schema: Manifest, where: string): Found[] {
  if (!schema || typeof schema !== 'object') return [];
  const out: Found[] = [];
  for (const prop of ['title', 'description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage', 'errorMessage']) {
    if (prop in schema) out.push({ where: `${where}.${prop}`, value: schema[prop] });
  }
  for (const prop of ['enumDescriptions', 'markdownEnumDescriptions', 'enumItemLabels']) {
    (schema[prop] ?? []).forEach((value: unknown, i: number) => out.push({ where: `${where}.${prop}[${i}]`, value }));
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) out.push(...schemaTexts(sub as Manifest, `${where}.properties.${name}`));
  if (schema.items) out.push(...schemaTexts(schema.items, `${where}.items`));
  if (typeof schema.additionalProperties === 'object') out.push(...schemaTexts(schema.additionalProperties, `${where}.additionalProperties`));
  for (const prop of ['anyOf', 'oneOf', 'allOf']) {
    (schema[prop] ?? []).forEach((sub: Manifest, i: number) => out.push(...schemaTexts(sub, `${where}.${prop}[${i}]`)));
  }
  return out;
}

/** Every string of the manifest a user reads (in the workbench, the Extensions view or the marketplace). */
function userFacingTexts(pkg: Manifest): Found[] {
  const c = pkg.contributes ?? {};
  const out: Found[] = [
    { where: 'description', value: pkg.description },
    { where: 'capabilities.untrustedWorkspaces.description', value: pkg.capabilities?.untrustedWorkspaces?.description },
  ];
  const each = (list: unknown, where: string, props: string[]) => {
    ((list as Manifest[] | undefined) ?? []).forEach((item, i) => {
      for (const prop of props) if (prop in item) out.push({ where: `${where}[${i}].${prop}`, value: item[prop] });
    });
  };
  for (const [place, list] of Object.entries(c.viewsContainers ?? {})) each(list, `contributes.viewsContainers.${place}`, ['title']);
  for (const [container, list] of Object.entries(c.views ?? {})) each(list, `contributes.views.${container}`, ['name', 'contextualTitle']);
  each(c.viewsWelcome, 'contributes.viewsWelcome', ['contents']);
  each(c.commands, 'contributes.commands', ['title', 'shortTitle']);
  each(c.submenus, 'contributes.submenus', ['label']);
  each(c.authentication, 'contributes.authentication', ['label']);
  each(c.customEditors, 'contributes.customEditors', ['displayName']);
  const configurations: Manifest[] = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  configurations.forEach((configuration, i) => {
    out.push(...schemaTexts({ ...configuration, properties: undefined }, `contributes.configuration[${i}]`));
    for (const [name, schema] of Object.entries(configuration.properties ?? {})) {
      out.push(...schemaTexts(schema as Manifest, `contributes.configuration[${i}].properties.${name}`));
    }
  });
  ((c.walkthroughs as Manifest[] | undefined) ?? []).forEach((walkthrough, i) => {
    const where = `contributes.walkthroughs[${i}]`;
    out.push({ where: `${where}.title`, value: walkthrough.title }, { where: `${where}.description`, value: walkthrough.description });
    (walkthrough.steps as Manifest[]).forEach((step, j) => {
      out.push({ where: `${where}.steps[${j}].title`, value: step.title }, { where: `${where}.steps[${j}].description`, value: step.description });
      for (const prop of ['altText', 'markdown']) {
        if (step.media && prop in step.media) out.push({ where: `${where}.steps[${j}].media.${prop}`, value: step.media[prop] });
      }
    });
  });
  return out;
}

/** Every %key% anywhere in the manifest. */
function usedKeys(value: unknown): string[] {
  if (typeof value === 'string') return NLS_PLACEHOLDER.test(value) ? [NLS_PLACEHOLDER.exec(value)![1]] : [];
  if (Array.isArray(value)) return value.flatMap(usedKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(usedKeys);
  return [];
}

const pkg = rawManifest();
const used = new Set(usedKeys(pkg));
const english = nlsMessages();
const sorted = (items: string[]) => [...items].sort();

/** What a translation must carry over unchanged: {0} placeholders, command: links, markdown link targets. */
function invariants(text: string) {
  return {
    placeholders: sorted([...text.matchAll(/\{(\d+)\}/g)].map((m) => m[0])),
    commands: sorted([...text.matchAll(/command:[\w.-]+(?:\?[^\s)]*)?/g)].map((m) => m[0])),
    links: sorted([...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1])),
    code: sorted([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1])),
  };
}

test('every text package.json shows a user is a %key% placeholder', () => {
  const found = userFacingTexts(pkg);
  assert.ok(found.length > 70, `only ${found.length} texts found: the walk over package.json misses some`);
  const literal = found.filter((f) => typeof f.value !== 'string' || !NLS_PLACEHOLDER.test(f.value));
  assert.deepEqual(literal.map((f) => `${f.where}: ${JSON.stringify(f.value)}`), [], 'move these texts to package.nls.json and write %key% instead');
});

test('the product name stays literal where VS Code and the tests expect it', () => {
  assert.equal(pkg.displayName, PRODUCT);
  for (const command of pkg.contributes.commands) assert.equal(command.category, PRODUCT, command.command);
});

for (const language of [undefined, ...LANGUAGES]) {
  const file = language ? `package.nls.${language}.json` : 'package.nls.json';
  test(`${file} holds exactly the keys package.json uses, none empty`, () => {
    const messages = nlsMessages(language);
    assert.deepEqual(sorted([...used].filter((key) => !(key in messages))), [], `keys missing from ${file}`);
    assert.deepEqual(sorted(Object.keys(messages).filter((key) => !used.has(key))), [], `keys in ${file} that package.json does not use`);
    for (const [key, entry] of Object.entries(messages)) assert.ok(nlsText(entry).trim(), `${file}: "${key}" is empty`);
  });
}

for (const language of LANGUAGES) {
  const file = `package.nls.${language}.json`;
  test(`${file} keeps every placeholder, command link, link target and code span of the English`, () => {
    const translated = nlsMessages(language);
    for (const [key, entry] of Object.entries(english)) {
      if (!(key in translated)) continue; // reported above
      assert.deepEqual(invariants(nlsText(translated[key])), invariants(nlsText(entry)), `${file}: "${key}" differs from the English in what it must keep`);
    }
  });

  test(`${file} translates every text but the product name`, () => {
    const translated = nlsMessages(language);
    const same = Object.keys(english).filter((key) => nlsText(english[key]) === nlsText(translated[key] ?? '') && nlsText(english[key]) !== PRODUCT);
    assert.deepEqual(same, [], `${file}: still in English`);
  });
}

/** `.vscodeignore` starts from `**` (ship nothing) and lists what ships with `!`: does one of those lines take `path`? */
function ships(path: string): boolean {
  const rules = readFileSync(join(repo, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('!'));
  return rules.some((rule) => {
    const glob: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };
    const pattern = rule.slice(1).replace(/\*\*\/?|[*?]|[.+^${}()|[\]\\]/g, (t) => glob[t] ?? `\\${t}`);
    return new RegExp(`^${pattern}$`).test(path);
  });
}

test('the English and translated manifest texts ship in the .vsix', () => {
  for (const file of ['package.nls.json', ...LANGUAGES.map((l) => `package.nls.${l}.json`)]) assert.ok(ships(file), `${file} is not packaged`);
});

test('each language\'s walkthrough pages exist, ship, and keep the English pages\' links and code', () => {
  const pageKeys = [...used].filter((key) => /\.media\.markdown$/.test(key));
  assert.ok(pageKeys.length > 0, 'no walkthrough page is localized');
  for (const key of pageKeys) {
    const page = nlsText(english[key]);
    for (const language of LANGUAGES) {
      const translated = nlsMessages(language)[key];
      assert.ok(translated, `package.nls.${language}.json has no "${key}"`);
      const path = nlsText(translated);
      assert.match(path, /^media\/walkthrough\/[\w-]+\/[\w-]+\.md$/, `${key} (${language})`);
      assert.equal(dirname(dirname(path)), dirname(page), `${key}: the ${language} page is not beside the English one`);
      assert.ok(existsSync(join(repo, path)), `missing ${path}`);
      assert.ok(ships(path), `${path} is not packaged (.vscodeignore)`);
      const read = (p: string) => readFileSync(join(repo, p), 'utf8');
      const { commands, links, code } = invariants(read(page));
      const theirs = invariants(read(path));
      assert.deepEqual({ commands: theirs.commands, links: theirs.links, code: theirs.code }, { commands, links, code }, `${path} differs from ${page} in links or code`);
    }
  }
});

test('the checks catch a dropped placeholder, link or code span', () => {
  const en = 'Invite {0} to {1}: [Sign In](command:gitlabMembers.signIn), see [docs](https://example.com) and `api`';
  assert.notDeepEqual(invariants('Lade {0} ein: [Anmelden](command:gitlabMembers.signIn), siehe [Doku](https://example.com) und `api`'), invariants(en));
  assert.notDeepEqual(invariants('Lade {0} zu {1} ein: [Anmelden](command:gitlabMembers.signOut), siehe [Doku](https://example.com) und `api`'), invariants(en));
  assert.notDeepEqual(invariants('Lade {0} zu {1} ein: [Anmelden](command:gitlabMembers.signIn), siehe [Doku](https://example.de) und `api`'), invariants(en));
  assert.notDeepEqual(invariants('Lade {0} zu {1} ein: [Anmelden](command:gitlabMembers.signIn), siehe [Doku](https://example.com) und api'), invariants(en));
  assert.deepEqual(invariants('Lade {1} und {0} ein: [Anmelden](command:gitlabMembers.signIn), siehe [Doku](https://example.com) und `api`'), invariants(en));
  const found = userFacingTexts({ description: 'x', contributes: { commands: [{ command: 'a', title: '%t%', shortTitle: 'Short' }], submenus: [{ id: 's', label: 'Menu' }],
    configuration: { title: '%c%', properties: { a: { description: '%d%', enumDescriptions: ['One'], items: { markdownDescription: 'Item' } } } } } });
  assert.deepEqual(found.filter((f) => !NLS_PLACEHOLDER.test(String(f.value))).map((f) => f.where), [
    'description', 'capabilities.untrustedWorkspaces.description', 'contributes.commands[0].shortTitle', 'contributes.submenus[0].label',
    'contributes.configuration[0].properties.a.enumDescriptions[0]', 'contributes.configuration[0].properties.a.items.markdownDescription',
  ]);
  assert.ok(ships('package.nls.json') && !ships('src/extension.ts'));
});
