import { describe, expect, it } from 'vitest';
import { checkStoryFilePath } from './storyFilePath';

describe('checkStoryFilePath', () => {
  it.each([['sources/source-article.txt'], ['article.txt'], ['a/b/c d.md'], ['sources/article-2021.txt']])(
    'accepts %s, a path inside the story folder',
    (path) => {
      expect(checkStoryFilePath(path)).toBeUndefined();
    },
  );

  it.each([
    ['../../../../etc/passwd'],
    ['sources/../../secret.txt'],
    ['sources/..'],
    ['/etc/passwd'],
    ['C:/Windows/win.ini'],
    ['C:\\Windows\\win.ini'],
    ['\\\\server\\share\\file.txt'],
    ['sources\\..\\..\\secret.txt'],
    ['file:///etc/passwd'],
    ['https://example.com/article.txt'],
    ['./sources/article.txt'],
    ['sources//article.txt'],
    ['sources/'],
    ['.env'],
    ['sources/.git/config'],
    ['article.txt\u0000.png'],
    [''],
  ])('refuses %j', (path) => {
    expect(checkStoryFilePath(path)).toMatch(/^expected a path inside the story folder, relative to it/);
  });

  it('quotes the refused path as JSON, so that control characters stay visible', () => {
    expect(checkStoryFilePath('../x\n')).toContain('got "../x\\n"');
  });
});
