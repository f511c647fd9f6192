/**
 * Words: what Limber says on its own, in each language it speaks ({@link limber.words.Catalogue},
 * one message catalogue per language, plurals by ICU4J's rules), and what a voice should read for
 * a line of the author's text. {@link limber.words.SpeechText}
 * turns the shorthand of written routines ("30s", "2x", "L/R", "90°", "e.g.", "15-30") into
 * what a person would say; captions and the transcript keep the author's text. Pure: no I/O.
 *
 * <p>Imports nothing of Limber's (ICU4J only in {@code Catalogue}); imported by {@code limber.timeline},
 * {@code limber.player}, {@code limber.speech} and {@code limber.cli}.
 */
package limber.words;
