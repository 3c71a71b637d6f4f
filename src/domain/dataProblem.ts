/** One reason a data file, or a feature in it, was not accepted. */
export interface DataProblem {
  /** The file as the author knows it, e.g. "geodata/events.geojson". */
  readonly file: string;
  /** The feature's id, or "#3" (its position) when it has no usable id. */
  readonly featureId?: string;
  /** Dotted path of the offending field, e.g. "properties.sources[0].url". */
  readonly field?: string;
  /** What was expected (and what was found). */
  readonly message: string;
}

/** One line per problem: file, feature, field and what was expected. */
export function formatDataProblem(problem: DataProblem): string {
  const where = [
    problem.file,
    problem.featureId !== undefined ? `feature "${problem.featureId}"` : undefined,
    problem.field,
  ].filter((part) => part !== undefined && part !== '');
  return `${where.join(': ')}: ${problem.message}`;
}

/** Formats a path such as ["properties", "sources", 0, "url"] as "properties.sources[0].url". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A schema's issues (zod's: a path and a message) as problems of `file`, one per issue. */
export function toDataProblems(
  file: string,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): DataProblem[] {
  return issues.map((issue) => ({ file, field: formatFieldPath(issue.path), message: issue.message }));
}
