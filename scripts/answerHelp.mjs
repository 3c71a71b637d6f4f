/**
 * Every script answers --help (or -h): it prints what it does and how to call it, and exits without doing it.
 * Called first, before anything is read, built or written.
 * @param {string} usage
 */
export function answerHelp(usage) {
  if (!process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) return;
  console.log(usage.trim());
  process.exit(0);
}
