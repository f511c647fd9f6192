/**
 * PCM: clips (and the reused buffer a long export reads its lines into), earcons, the timeline's
 * audio (random access by sample position) and the sinks it is streamed to. {@code javax.sound}
 * is used only by the sinks.
 */
package limber.audio;
