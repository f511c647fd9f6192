/**
 * The sound under and around the voice: the user's own music made ready to mix ({@link
 * limber.mix.Music}: any WAV, FLAC, MP3 or Ogg Vorbis file decoded in Java, mixed to mono,
 * resampled to the session's rate, looped with a crossfade, faded in and out, streamed with flat
 * memory). The decoder libraries (JLayer, jFLAC, JOrbis) are used only in this package, each in
 * its own decoder class.
 */
package limber.mix;
