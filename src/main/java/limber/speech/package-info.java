/**
 * Text to speech: the {@link limber.speech.Narrator} interface, the FreeTTS narrator (the only
 * class that touches FreeTTS) and the content-addressed audio cache, a decorator of any narrator.
 */
package limber.speech;
