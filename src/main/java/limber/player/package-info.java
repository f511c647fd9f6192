/**
 * The live session: plays a timeline to a live sink, paced by the sink, and applies the user's
 * controls (keys, or voice) as they come: pause, next, previous, repeat, longer and shorter
 * holds, quit. Also the spoken hold-length menu, the terminal's raw mode, the transcript, and
 * {@link limber.player.LiveSession}: one whole session from opening the device to the end
 * (synthesis ahead of playback, the menu, the rebuild on a hold change, its record in the session
 * log, {@link limber.history}), which the CLI only wires. The player counts what was played of each hold.
 */
package limber.player;
