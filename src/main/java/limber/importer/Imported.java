package limber.importer;

/** What an article gave: the routine, and the report of how it was read. */
public record Imported(limber.routine.Routine routine, Report report) {
}
