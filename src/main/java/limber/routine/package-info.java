/**
 * The routine script model (immutable records) and its loader. Scripts are JSON or YAML; every
 * load error is a {@link limber.routine.ScriptException} whose message starts with
 * {@code FILE:LINE:COL:}. Knows nothing of speech, audio or time.
 */
package limber.routine;
