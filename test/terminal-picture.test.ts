import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { runTerminal, type JsonLine } from '../src/adapters/terminal/terminal';
import { Core } from '../src/core/core';

describe('terminal pictures', () => {
  it('writes the timeline to a PNG file and names it, in text and in --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alash-terminal-'));
    try {
      const core = await Core.create();
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.on('data', (d: Buffer) => (text += d.toString()));
      const done = runTerminal(core, { input, output, json: true, imageDir: dir });
      input.end('/timeline 1935 1938\n/timeline napoleon\n');
      await done;
      const [picture, refused] = text.trim().split('\n').map((l) => JSON.parse(l) as JsonLine);
      expect(picture!.image).toMatch(new RegExp(`^${dir}/timeline-.*\\.png$`));
      expect(picture!.text).toContain(`Picture: ${picture!.image}`);
      expect(picture!.text).toContain('27 September 1937: Bukeikhanov was shot');
      const png = PNG.sync.read(readFileSync(picture!.image!));
      expect(png.width).toBe(1650);
      expect(refused!.image).toBeUndefined();
      expect(refused!.text).toMatch(/^I can draw/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
