/**
 * The speech engines installed on the system, each run as a child process behind the
 * {@link limber.speech.Narrator} interface: RHVoice, flite and eSpeak NG, and
 * {@link limber.speech.engines.Engines}, which finds them on PATH, lists their voices (with
 * language, sample rate and licence), resolves a {@code --voice} and opens narrators, FreeTTS's
 * kevin16 included. Text reaches an engine only through a file; no shell is involved.
 *
 * <p>May import {@code limber.speech} and {@code limber.audio}; imported by {@code limber.cli}.
 */
package limber.speech.engines;
