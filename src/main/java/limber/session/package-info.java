/**
 * Assembles a session: the texts a timeline needs are synthesized (through the cache), the
 * timeline is compiled with their measured lengths, and the result is the session's
 * {@link limber.audio.TimelineAudio}. Export and play both start here.
 */
package limber.session;
