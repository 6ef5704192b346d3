/**
 * Finds user-facing text written straight into the code instead of through `l10n.t` (issue 17). Used by
 * test/unit/l10n.test.ts, and runnable to list what is left: `npx tsx scripts/l10nScan.ts [src/tree ...]`.
 *
 * Two kinds of literal count as user-facing:
 * - prose: a string or template whose text has two words in a row ("No members", "Sign in again");
 * - any text with a letter where the UI shows it: a `label`, `description`, `detail`, `placeHolder`, `prompt`,
 *   `title`, `tooltip` or `message` property, or an argument of `showInformationMessage` and its kin.
 * Not counted: what `l10n.t` is given; log lines (VS Code's own logs are English too); imports; literal types;
 * text compared with GitLab's own (`===`, `includes`, `case`, ...); and a line marked `l10n-ignore` (on it or the
 * line above), for prose that is not shown (a CSP, an HTTP header, a value sent to GitLab).
 */
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding { file: string; line: number; text: string }

const PROSE = /[A-Za-z]{2,}['’]?[a-z]*[ \u00a0]+[A-Za-z]/;
const UI_PROPERTIES = new Set(['label', 'description', 'detail', 'placeHolder', 'placeholder', 'prompt', 'title', 'tooltip', 'message']);
const UI_CALLS = /\.(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage)$/;
const LOG_CALL = /(^|\.)(log|logger|channel)\.(info|warn|error|debug|trace|append|appendLine)$|\.appendLine$/;
const COMPARING_CALL = /\.(includes|startsWith|endsWith|match|test|replace|replaceAll|split|indexOf|search)$/;
const COMPARISON = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** Every `.ts` file under the given folders or files, test-only code left out. */
export function sourceFiles(roots: string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('testApi.ts')) out.push(path);
  };
  for (const root of roots) walk(root);
  return out.sort();
}

export function scanFile(file: string, text = readFileSync(file, 'utf8')): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const ignored = (line: number) => /l10n-ignore/.test(lines[line] ?? '') || /l10n-ignore/.test(lines[line - 1] ?? '');
  const findings: Finding[] = [];
  const report = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (!ignored(line)) findings.push({ file, line: line + 1, text: node.getText(source).slice(0, 120) });
  };
  const visit = (node: ts.Node, uiPosition: boolean): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCaseClause(node)) {
      // The label is compared, like `===`; what the case does is checked as any code.
      for (const statement of node.statements) visit(statement, false);
      return;
    }
    if (ts.isTaggedTemplateExpression(node) && /(^|\.)l10n\.t$/.test(node.tag.getText(source))) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (/(^|\.)l10n\.t$/.test(callee) || LOG_CALL.test(callee) || COMPARING_CALL.test(callee) || callee === 'require') return;
      if (UI_CALLS.test(callee)) {
        visit(node.expression, false);
        for (const arg of node.arguments) visit(arg, true);
        return;
      }
    }
    if (ts.isBinaryExpression(node) && COMPARISON.has(node.operatorToken.kind)) return;
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText(source).replace(/['"]/g, '');
      visit(node.initializer, UI_PROPERTIES.has(name));
      return;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      visit(node.right, UI_PROPERTIES.has(node.left.name.text));
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (PROSE.test(node.text) || (uiPosition && /[A-Za-z]/.test(node.text))) report(node);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (PROSE.test(parts) || (uiPosition && /[A-Za-z]/.test(parts))) report(node);
      for (const span of node.templateSpans) visit(span.expression, false);
      return;
    }
    // A UI position carries through a conditional, `??`, `||` and parentheses to the literals that end up shown.
    const carries = uiPosition && (ts.isConditionalExpression(node) || ts.isParenthesizedExpression(node) || ts.isBinaryExpression(node) || ts.isArrayLiteralExpression(node));
    ts.forEachChild(node, (child) => visit(child, carries && !(ts.isConditionalExpression(node) && child === node.condition)));
  };
  visit(source, false);
  return findings;
}

/**
 * `l10n.t` calls that run while the module loads (outside any function): they would answer in English forever,
 * since the display language's bundle is configured later, in `activate()`.
 */
export function moduleLoadCalls(file: string, text = readFileSync(file, 'utf8')): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return;
    if (ts.isPropertyDeclaration(node) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return;
    const callee = ts.isCallExpression(node) ? node.expression : ts.isTaggedTemplateExpression(node) ? node.tag : undefined;
    if (callee && /(^|\.)l10n\.t$/.test(callee.getText(source))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      findings.push({ file, line, text: node.getText(source).slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

export function scan(roots: string[]): Finding[] {
  return sourceFiles(roots).flatMap((file) => scanFile(file));
}

if (process.argv[1] && /l10nScan\.ts$/.test(process.argv[1])) {
  const roots = process.argv.slice(2);
  const files = sourceFiles(roots.length ? roots : ['src', 'webview']);
  const findings = [...files.flatMap((file) => scanFile(file)), ...files.flatMap((file) => moduleLoadCalls(file).map((f) => ({ ...f, text: `runs at module load: ${f.text}` })))];
  for (const f of findings) console.log(`${relative(process.cwd(), f.file)}:${f.line}: ${f.text}`);
  console.log(`${findings.length} hard-coded user-facing string(s)`);
  process.exitCode = findings.length ? 1 : 0;
}
