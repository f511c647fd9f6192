/**
 * Text to speech: the {@link limber.speech.Narrator} interface and a {@link limber.speech.Voice};
 * the embedded FreeTTS narrator ({@code FreeTtsNarrator} with {@code VoiceFiles},
 * {@code PcmCollector} and {@code FreeTtsLogging}: the only code that touches FreeTTS); the
 * content-addressed audio cache, a decorator of any narrator, and its folder
 * ({@code CacheDirectory}, which alone knows the folder's layout); and
 * {@link limber.speech.SpeakingNarrator}, which reads the author's text as a person would.
 * The installed engines are in {@code limber.speech.engines}.
 *
 * <p>May import {@code limber.audio} and {@code limber.words}; imported by {@code session},
 * {@code player}, {@code cli} and {@code speech.engines}.
 */
package limber.speech;
