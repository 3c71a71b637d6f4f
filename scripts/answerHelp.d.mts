/** Prints `usage` and exits when the script was called with --help or -h. */
export function answerHelp(usage: string): void;
