import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let scratch: string;
const SECRET = 'This sentence is a secret. It must never be printed.';

/** Runs npm run validate on a copy of the story whose story.json has `file` as its source article. */
function validateWithSourceArticle(file: string): { status: number | null; output: string } {
  const story = mkdtempSync(join(scratch, 'story-'));
  cpSync('geodata', story, { recursive: true });
  const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
  config.source_article.file = file;
  writeFileSync(join(story, 'story.json'), JSON.stringify(config));
  symlinkSync(join(scratch, 'secret.txt'), join(story, 'sources', 'link.txt'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', story], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'validate-'));
  writeFileSync(join(scratch, 'secret.txt'), SECRET);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run validate', { timeout: 60_000 }, () => {
  it.each([['../../secret.txt'], ['../secret.txt'], ['sources/link.txt']])(
    'refuses a source article at %s, naming the field and printing nothing of the file',
    (file) => {
      const { status, output } = validateWithSourceArticle(file);
      expect(status).toBe(1);
      expect(output).toMatch(/story\.json: source_article\.file: expected /);
      expect(output).not.toContain('never be printed');
    },
  );

  it('refuses a social image that is not in the story folder, naming the field', () => {
    const story = mkdtempSync(join(scratch, 'image-'));
    cpSync('geodata', story, { recursive: true });
    const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
    config.publication.social_image.file = 'snapshots/missing.png';
    writeFileSync(join(story, 'story.json'), JSON.stringify(config));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', story], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/story\.json: publication\.social_image\.file: /);
  });
});
