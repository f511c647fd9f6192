/**
 * The routine script model (immutable records) and its loader. Scripts are JSON or YAML; every
 * load error is a {@link limber.routine.ScriptException} whose message starts with
 * {@code FILE:LINE:COL:}. {@code RoutineLoader} reads the bytes (size, UTF-8),
 * {@code LocatedTree} turns them into a tree that keeps every value's position,
 * {@code ScriptChecker} checks that tree against the format, and {@code Messages} words what
 * was wrong (the one "did you mean" of Limber, used by the CLI too). {@code RoutineWriter}
 * writes a routine back as JSON. Imports Jackson (core, YAML) and SnakeYAML's error types;
 * knows nothing of speech, audio or time.
 */
package limber.routine;
