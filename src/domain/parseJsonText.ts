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
 * The deepest nesting of arrays and objects a story's file may have. The story's own files nest 7 deep; what
 * reads them afterwards (the schemas, GeoJSON rewinding, JSON.stringify) recurses, and a hostile file 10,000 deep
 * would overflow its stack.
 */
export const JSON_DEPTH_LIMIT = 64;

/** Whether a parsed value nests arrays and objects deeper than `limit`, found without recursion (a tenth of JSON.parse's time). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const containers: unknown[] = [value];
  const depths: number[] = [1];
  const visit = (child: unknown, depth: number) => {
    if (child !== null && typeof child === 'object') {
      containers.push(child);
      depths.push(depth);
    }
  };
  while (containers.length > 0) {
    const container = containers.pop() as Record<string, unknown> | unknown[] | null;
    const depth = depths.pop() as number;
    if (container === null || typeof container !== 'object') continue;
    if (depth > limit) return true;
    if (Array.isArray(container)) for (const child of container) visit(child, depth + 1);
    else for (const key in container) visit(container[key], depth + 1);
  }
  return false;
}

/**
 * Parses JSON text strictly, after dropping a byte order mark. A syntax error is reported with its line and column (the browser's own message
 * often has neither), located by a tolerant parser that is used only to find it. Arrays and objects nested deeper
 * than JSON_DEPTH_LIMIT are refused with one problem, before anything recursive reads them.
 */
export function parseJsonText(file: string, rawText: string): JsonParseResult {
  const text = stripBom(rawText);
  try {
    // V8's JSON.parse does not recurse: a file nested a million deep parses, and is refused just below.
    const value: unknown = JSON.parse(text);
    if (nestsDeeperThan(value, JSON_DEPTH_LIMIT)) {
      return { ok: false, problem: { file, message: `nested too deeply (limit ${JSON_DEPTH_LIMIT})` } };
    }
    return { ok: true, value };
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
