import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

/** Runs the layer check (`npm run check:layers`) on a checkout; its exit status and report. */
function checkLayers(root: string): { ok: boolean; report: string } {
  try {
    const report = execFileSync(DEPCRUISE, ['src', 'web/src', '--config', '.dependency-cruiser.cjs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, report };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, report: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/**
 * The layers are enforced, not described: the check passes on the code as it is, and fails, naming
 * the rule, when a module imports against the layer order or closes a cycle between folders.
 */
describe('the layer check', { timeout: 60_000 }, () => {
  const copy = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(ROOT, 'web', 'src'), join(copy, 'web', 'src'), { recursive: true });
  for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, file), join(copy, file));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  /** Adds an import at the top of a module of the copy, runs the check, and takes the import back out. */
  const withImport = (file: string, specifier: string) => {
    const path = join(copy, file.startsWith('web/') ? '' : 'src', file);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `import '${specifier}';\n${original}`);
    try {
      return checkLayers(copy);
    } finally {
      writeFileSync(path, original);
    }
  };

  it('passes on the code as it is', () => {
    const { ok, report } = checkLayers(ROOT);
    expect(report).not.toMatch(/error/);
    expect(ok).toBe(true);
  });

  it('fails on an import against the layer order', () => {
    const { ok, report } = withImport('lib/uuid.ts', '../app/app');
    expect(ok).toBe(false);
    expect(report).toMatch(/error layer-lib: src\/lib\/uuid\.ts → src\/app\/app\.ts/);
  });

  it('fails on a reintroduced cycle between folders, naming it', () => {
    // db/unit-of-work.ts once imported the request context, closing a cycle through every stage.
    const { ok, report } = withImport('db/unit-of-work.ts', '../notifications/notification.service');
    expect(ok).toBe(false);
    expect(report).toMatch(/error layer-db: src\/db\/unit-of-work\.ts → src\/notifications\/notification\.service\.ts/);
    expect(report).toMatch(/error no-folder-cycle: src\/db\/unit-of-work\.ts →/);
  });

  it('keeps the renderer away from the ORM', () => {
    const { ok, report } = withImport('pdf/layout.ts', '@mikro-orm/core');
    expect(ok).toBe(false);
    expect(report).toMatch(/error render-content-only: src\/pdf\/layout\.ts → \S*node_modules\/@mikro-orm\/core/);
  });

  it('keeps the web app a client of the API, importing nothing of the server', () => {
    const { ok, report } = withImport('web/src/labels.ts', '../../src/auth/roles');
    expect(ok).toBe(false);
    expect(report).toMatch(/error web-is-a-client: web\/src\/labels\.ts → src\/auth\/roles\.ts/);
  });

  it('keeps the web app’s shared modules below its screens, and each screen apart from the others', () => {
    const shared = withImport('web/src/router.ts', './screens/deadlines');
    expect(shared.ok).toBe(false);
    expect(shared.report).toMatch(/error web-shared-below-screens: web\/src\/router\.ts → web\/src\/screens\/deadlines\.tsx/);
    const screen = withImport('web/src/screens/deadlines.tsx', '../app');
    expect(screen.ok).toBe(false);
    expect(screen.report).toMatch(/error web-screens-independent: web\/src\/screens\/deadlines\.tsx → web\/src\/app\.tsx/);
  });

  it('places every new folder in the order first', () => {
    mkdirSync(join(copy, 'src', 'events'));
    writeFileSync(
      join(copy, 'src', 'events', 'outbox.ts'),
      "import { isUuid } from '../lib/uuid';\nexport const outboxId = (id: string) => isUuid(id);\n",
    );
    const { ok, report } = checkLayers(copy);
    rmSync(join(copy, 'src', 'events'), { recursive: true });
    expect(ok).toBe(false);
    expect(report).toMatch(/error layer-known: src\/events\/outbox\.ts/);
  });
});

/** docs/architecture.md, "File header convention": a module comment is set apart; nothing else heads a file. */
describe('file headers', () => {
  const files = execFileSync('git', ['ls-files', 'src/*.ts', 'scripts/*.ts'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');

  it('set a module comment apart from what follows by a blank line', () => {
    const attached = files.filter((file) => {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      const start = lines[0]?.startsWith('#!') ? 1 : 0;
      if (!lines[start]?.startsWith('/**')) return false;
      const end = lines.findIndex((line, i) => i >= start && line.includes('*/'));
      return (
        /^(import|export|const|function|class|interface|type) /.test(lines[end + 1] ?? '') &&
        /^import /.test(lines.slice(end + 1).find((l) => l.trim()) ?? '')
      );
    });
    expect(attached).toEqual([]);
  });

  it('carry no banner, licence or author line', () => {
    const banners = files.filter((file) =>
      /^\s*(\/\/|\*|\/\*).*(copyright|@author|@license|spdx-license)/im.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(banners).toEqual([]);
  });
});
