/**
 * Hands-free control: the microphone, offline speech recognition, and the rules that keep the
 * player from acting on words nobody said to it. {@link limber.listen.VoiceControl} is the
 * door: it puts {@link limber.player.Input}s on the player's queue, beside the keyboard's.
 *
 * <p>The flow is one way: microphone ({@code Microphone}, the only class here that touches
 * javax.sound) → utterances ({@code Segmenter}: energy, hangover, length limits) → the narration
 * gate and the pause-before rule ({@code Listening}, fed by {@link limber.listen.NarrationGate})
 * → one phrase or nothing ({@code Recognizer}; {@code PocketSphinx} puts in order: the signal
 * conditioned ({@code Conditioning}), Debian's {@code pocketsphinx_continuous} run as three child
 * processes ({@code Decoders}), their output read ({@code DecoderOutput}), the verdict
 * ({@code Verdict})) → an input ({@code Vocabulary}). {@code Capture} is where the samples come
 * from: the microphone, or in a test a recording.
 * The grammar and the pronunciations ship as resources ({@code commands.gram},
 * {@code commands.dict}).
 */
package limber.listen;
