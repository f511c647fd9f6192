/**
 * Article text to a routine: numbered headings become stretches, bullets become steps, "Hold ..."
 * bullets become holds with a side label, and only instruction-like sentences before the first
 * heading become the intro. Pure: text in, a {@link limber.routine.Routine} and a report of what
 * was used and dropped out; no files, no JSON (the CLI writes the script with the routine
 * package's writer).
 */
package limber.importer;
