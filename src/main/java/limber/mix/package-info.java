/**
 * The session's sound levels: {@link limber.mix.Loudness} measures (ITU-R BS.1770),
 * {@link limber.mix.Leveller} brings every spoken line and earcon to the export's level. A leaf:
 * it knows PCM samples and nothing of routines, timelines or narrators.
 */
package limber.mix;
