/**
 * Words: what a voice should read for a line of the author's text. {@link limber.words.SpeechText}
 * turns the shorthand of written routines ("30s", "2x", "L/R", "90°", "e.g.", "15-30") into
 * what a person would say; captions and the transcript keep the author's text. Pure: no I/O.
 *
 * <p>Imports nothing of Limber's; imported by {@code limber.speech}.
 */
package limber.words;
