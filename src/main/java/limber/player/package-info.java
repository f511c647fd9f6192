/**
 * The live session: plays a timeline to a live sink, paced by the sink, and applies the user's
 * controls (keys, or voice) as they come: pause, next, previous, repeat, longer and shorter
 * holds, quit. Also the spoken hold-length menu and the terminal's raw mode.
 */
package limber.player;
