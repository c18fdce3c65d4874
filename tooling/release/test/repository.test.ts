/**
 * The repository's own configuration: the issue forms and the Renovate configuration against their schemas
 * (kept in `test/schemas/`, see each schema's description for where it comes from), the pull-request template's
 * checklist and CODEOWNERS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const schema = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', name), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateForm = ajv.compile(schema('github-issue-form.schema.json'));
const validateChooser = ajv.compile(schema('github-issue-config.schema.json'));
const validateRenovate = ajv.compile(schema('renovate.schema.json'));

/** Schema errors as lines that say where and what. */
function problems(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

interface Element {
  type: string;
  id?: string;
  attributes: { label?: string; options?: unknown[]; default?: number };
  validations?: { required?: boolean };
}
interface Form {
  name: string;
  body: Element[];
}

const templates = join(root, '.github/ISSUE_TEMPLATE');
const forms = readdirSync(templates)
  .filter((file) => file.endsWith('.yml') && file !== 'config.yml')
  .sort()
  .map((file) => ({ file, form: parse(readFileSync(join(templates, file), 'utf8')) as Form }));

describe('the issue forms', () => {
  it('are a data correction, a missing fact, a bug and a feature', () => {
    expect(forms.map(({ file }) => file)).toEqual([
      'bug.yml',
      'data-correction.yml',
      'feature.yml',
      'missing-fact.yml',
    ]);
  });

  it('has a schema that refuses what GitHub refuses', () => {
    const valid = { name: 'A', description: 'B', body: [{ type: 'input', id: 'x', attributes: { label: 'X' } }] };
    expect(validateForm(valid)).toBe(true);
    expect(validateForm({ ...valid, body: [{ type: 'input', id: 'x y', attributes: { label: 'X' } }] })).toBe(false);
    expect(validateForm({ ...valid, body: [{ type: 'input', id: 'x', attributes: {} }] })).toBe(false);
    expect(validateForm({ ...valid, body: [{ type: 'markdown', attributes: { value: 'only text' } }] })).toBe(false);
    expect(validateForm({ ...valid, body: [{ type: 'select', attributes: { label: 'X' } }] })).toBe(false);
    expect(
      validateForm({ ...valid, body: [{ ...valid.body[0], validations: { required: 'yes' } }] }),
      'validations.required must be a boolean',
    ).toBe(false);
    expect(validateForm({ description: 'B', body: valid.body })).toBe(false);
  });

  describe.each(forms)('.github/ISSUE_TEMPLATE/$file', ({ form }) => {
    it('is valid against the issue-forms schema', () => {
      expect(problems(validateForm(form) ? [] : validateForm.errors)).toEqual([]);
    });

    it('has unique ids and labels, and dropdown defaults that exist', () => {
      const fields = form.body.filter((element) => element.type !== 'markdown');
      const ids = fields.map((element) => element.id).filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
      const labels = fields.map((element) => element.attributes.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const element of fields.filter((candidate) => candidate.attributes.default !== undefined)) {
        expect(element.attributes.default).toBeLessThan(element.attributes.options!.length);
      }
    });
  });

  it('have names that differ', () => {
    const names = forms.map(({ form }) => form.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['data-correction.yml', 'missing-fact.yml'])(
    '%s requires the source address and the verbatim passage',
    (file) => {
      const { form } = forms.find((candidate) => candidate.file === file)!;
      const byId = new Map(form.body.map((element) => [element.id, element]));
      expect(byId.get('source-url')).toMatchObject({ type: 'input', validations: { required: true } });
      expect(byId.get('passage')).toMatchObject({ type: 'textarea', validations: { required: true } });
      expect(byId.get('passage')?.attributes.label).toMatch(/word for word/);
      expect(byId.get('language')).toMatchObject({ type: 'dropdown', validations: { required: true } });
      expect(byId.get('language')?.attributes.options).toEqual(expect.arrayContaining(['English', 'Russian']));
    },
  );

  it('turn blank issues off and point to the security policy and CONTRIBUTING', () => {
    const chooser = parse(readFileSync(join(templates, 'config.yml'), 'utf8'));
    expect(problems(validateChooser(chooser) ? [] : validateChooser.errors)).toEqual([]);
    expect(chooser.blank_issues_enabled).toBe(false);
    const urls: string[] = chooser.contact_links.map((link: { url: string }) => link.url);
    expect(urls).toEqual([
      'https://github.com/csto-data/csto/security/advisories/new',
      'https://github.com/csto-data/csto/blob/main/CONTRIBUTING.md',
    ]);
    expect(existsSync(join(root, 'SECURITY.md'))).toBe(true);
    expect(existsSync(join(root, 'CONTRIBUTING.md'))).toBe(true);
  });
});

describe('the pull-request template', () => {
  const template = read('.github/pull_request_template.md');

  it('asks for what CI cannot check: source read, passage verbatim, both languages, changeset', () => {
    const items = [...template.matchAll(/^- \[ \] \*\*([^*]+):\*\*/gm)].map((match) => match[1]);
    expect(items).toEqual(['Source read', 'Passage verbatim', 'Both languages', 'Conflicts', 'Changeset']);
  });
});

describe('renovate.json', () => {
  const config = JSON.parse(read('renovate.json'));
  const rootManifest = JSON.parse(read('package.json'));
  const catalog: Record<string, string> = parse(read('pnpm-workspace.yaml')).catalog;
  type Rule = Record<string, string[] | string | boolean | undefined>;
  const rules: Rule[] = config.packageRules;

  it('has a schema that refuses an unknown or misspelt key', () => {
    expect(validateRenovate({ ...config, packageRule: [] })).toBe(false);
    expect(validateRenovate({ ...config, extends: ['config:recomended'] })).toBe(false);
    expect(validateRenovate({ ...config, packageRules: [{ description: 'x', groupName: 'all' }] })).toBe(false);
  });

  it('is valid against the schema of the keys it uses', () => {
    expect(problems(validateRenovate(config) ? [] : validateRenovate.errors)).toEqual([]);
  });

  it('starts from config:recommended and pins GitHub actions by digest', () => {
    expect(config.extends).toEqual(['config:recommended', 'helpers:pinGitHubActionDigests']);
    expect(rules.find((rule) => (rule.matchManagers as string[])?.includes('github-actions'))).toMatchObject({
      groupName: expect.any(String),
      pinDigests: true,
    });
  });

  it('groups the pnpm catalog into one update', () => {
    expect(
      rules.find((rule) => (rule.matchDepTypes as string[])?.includes('pnpm.catalog.default'))?.groupName,
    ).toBeTypeOf('string');
  });

  it('offers only releases that run on the Node the workspace supports (its engines)', () => {
    expect(config.constraints.node).toBe(rootManifest.engines.node);
    expect(config.constraintsFiltering).toBe('strict');
    const major = Number(/\d+/.exec(rootManifest.engines.node)![0]);
    const nodeRule = rules.find((rule) => (rule.matchDepNames as string[])?.includes('@types/node'));
    expect(nodeRule?.allowedVersions).toBe(`<${major + 1}`);
    expect(Number(catalog['@types/node']!.split('.')[0])).toBe(major);
  });

  it('holds @changesets/cli below the major that needs a newer Node, above the catalog version', () => {
    const rule = rules.find((candidate) => (candidate.matchPackageNames as string[])?.includes('@changesets/cli'));
    const ceiling = Number(/^<(\d+)$/.exec(String(rule?.allowedVersions))?.[1]);
    expect(Number(catalog['@changesets/cli']!.split('.')[0])).toBeLessThan(ceiling);
  });
});

describe('CODEOWNERS', () => {
  const lines = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));

  it('gives everything to the maintainers and the data to the data maintainers', () => {
    expect(lines[0]).toEqual(['*', '@csto-data/maintainers']);
    expect(lines.find(([path]) => path === '/packages/core/src/data/')?.slice(1)).toEqual([
      '@csto-data/data-maintainers',
    ]);
  });

  it('names only paths that exist', () => {
    for (const [path] of lines.slice(1)) expect(existsSync(join(root, path!)), path).toBe(true);
  });
});

describe('CONTRIBUTING.md and SECURITY.md', () => {
  const documents = ['CONTRIBUTING.md', 'SECURITY.md', 'README.md'];

  it.each(documents)('%s links only to files that exist', (document) => {
    const text = read(document);
    const targets = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !existsSync(join(root, target)))).toEqual([]);
  });

  it.each(documents)('%s names only issue forms that exist', (document) => {
    for (const [, form] of read(document).matchAll(/issues\/new\?template=([\w.-]+)/g)) {
      expect(forms.map(({ file }) => file)).toContain(form);
    }
  });

  it('shows the lines the worked example adds, as the example diff adds them', () => {
    const added = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^\s*\+\s/.test(line) && !line.includes('+++'))
        .map((line) => line.trim().slice(1).trim());
    const shown = added(/```diff\n([\s\S]*?)```/.exec(read('CONTRIBUTING.md'))![1]!);
    expect(shown.length).toBeGreaterThan(3);
    const diff = read('docs/contributing/example-change.diff');
    expect(diff).toMatch(/^diff --git a\/packages\/core\/src\/data\/sessions\.ts /m);
    expect(diff).toMatch(/^\+\+\+ b\/\.changeset\/[\w-]+\.md$/m);
    expect(added(diff)).toEqual(expect.arrayContaining(shown));
  });
});
