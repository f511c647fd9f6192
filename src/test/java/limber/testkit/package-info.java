/**
 * What the tests share: PCM arithmetic and the one WAV reader ({@link limber.testkit.Pcm}), a
 * private PulseAudio server per test class ({@link limber.testkit.Pulse}), the one recording sink
 * ({@link limber.testkit.RecordingSink}), and the Debian packages a test needs
 * ({@link limber.testkit.Tools}: a missing one fails the test with its install line).
 *
 * <p>Imports {@code limber.audio} (its sink interfaces and {@code WavSink}) and JUnit; no test
 * class of another package.
 */
package limber.testkit;
