package limber.player;

/**
 * Told what the player is about to make heard, for a transcript. Called on the player's thread,
 * up to a line buffer (250 ms) before the sound is heard; must return quickly.
 */
public interface Listener {
    /** A spoken line (from the timeline, the menu or a control's feedback) begins. */
    void line(String text);

    /** Inside a hold, once a second: whole seconds left, counting down to 1. */
    default void holdLeft(int seconds) {
    }

    Listener NONE = text -> { };
}
