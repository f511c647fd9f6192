/**
 * The session log: one JSON Lines record per {@code play}, appended to
 * {@code $XDG_DATA_HOME/limber/history.jsonl} ({@code ~/.local/share/limber/history.jsonl} when
 * unset), and read back for {@code limber history} and {@code play --adapt}. {@link limber.history.History} owns the file
 * (where it is, appending whole lines, reading them back), {@link limber.history.Entry} one
 * session, {@link limber.history.Lines} its JSON (Jackson's streaming API, nothing else), and
 * {@link limber.history.Summary} what {@code limber history} prints and exports, and
 * {@link limber.history.Learned} what {@code play --adapt} starts from.
 */
package limber.history;
