import { inspect } from 'node:util';
import type { DataProblem } from '../src/domain/dataProblem';
import { formatDataProblem } from '../src/domain/dataProblem';

/**
 * An error that stops the build with its message alone, one line per problem: Vite prints a failed build's
 * error with util.inspect, which would add a stack trace that tells an editor nothing.
 */
export class BuildStop extends Error {
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'BuildStop';
  }

  static fromProblems(problems: readonly DataProblem[]): BuildStop {
    return new BuildStop(problems.map(formatDataProblem));
  }

  [inspect.custom](): string {
    return this.message;
  }
}
