import { type ParseError, parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import type { DataProblem } from './dataProblem';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: DataProblem };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** "PropertyNameExpected" → "property name expected". */
function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * Drops a UTF-8 byte order mark. Browsers drop it when they decode a response; Node's readFileSync keeps it, and
 * JSON.parse refuses it. Every reader of the story's files (page, validator, build) strips it, so all agree.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text strictly, after dropping a byte order mark. A syntax error is reported with its line and column (the browser's own message
 * often has neither), located by a tolerant parser that is used only to find it.
 */
export function parseJsonText(file: string, rawText: string): JsonParseResult {
  const text = stripBom(rawText);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, problem: { file, message: `invalid JSON: ${(error as Error).message}` } };
    const { line, column } = lineAndColumn(text, first.offset);
    return {
      ok: false,
      problem: { file, message: `invalid JSON at line ${line}, column ${column}: ${describeParseError(first)}` },
    };
  }
}
