import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, csto } from './_run.js';

describe('as a process', () => {
  it('ends quietly with exit code 0 when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Read one chunk, then close our end, as `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('ends quietly in a shell pipeline into head', () => {
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${BIN}" timeline | head -n 2; "${process.execPath}" "${BIN}" export | head -c 100 >/dev/null`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('');
  });

  it('uses colours on a terminal, and never with NO_COLOR', () => {
    const onTty = (env: string): string =>
      spawnSync('script', ['-qec', `${env} "${process.execPath}" "${BIN}" members`, '/dev/null'], { encoding: 'utf8' })
        .stdout;
    expect(onTty('')).toContain('\u001b[');
    expect(onTty('NO_COLOR=1')).not.toContain('\u001b[');
    expect(csto(['members']).stdout).not.toContain('\u001b[');
  });
});
