/**
 * The session's sound: its levels ({@link limber.mix.Loudness} measures as ITU-R BS.1770 does,
 * {@link limber.mix.Leveller} brings every spoken line and earcon to the export's level) and the
 * user's own music under the voice ({@link limber.mix.Music}: any WAV, FLAC, MP3 or Ogg Vorbis
 * file decoded in Java, mixed to mono, resampled to the session's rate, looped with a crossfade,
 * faded in and out, streamed with flat memory; {@link limber.mix.Ducking} and
 * {@link limber.mix.MusicMix} put it under the voice). A leaf: it knows samples and files, and
 * nothing of routines, timelines or narrators. The decoder libraries (JLayer, jFLAC, JOrbis) are
 * used only here, each in its own decoder class.
 */
package limber.mix;
