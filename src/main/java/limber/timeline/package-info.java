/**
 * The pure timeline compiler: (routine, options, measured utterance lengths) to an ordered,
 * gapless list of timed events measured in samples at the voice's rate. No I/O, no clock, no audio API:
 * playback and export both render the same {@link limber.timeline.Timeline}. Inside a hold, the
 * countdown marks and the cues of a hold in breaths ({@code BreathCues}) are placed in its silence,
 * never lengthening it.
 */
package limber.timeline;
