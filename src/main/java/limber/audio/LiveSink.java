package limber.audio;

/**
 * A sink that plays in real time and can take back what it has queued, so a pause or a jump is
 * heard at once. {@link #write} blocks to pace the caller.
 */
public interface LiveSink extends Sink {
    /** Samples a second this sink plays. */
    int sampleRate();

    /** Samples written but not yet heard. */
    long queued();

    /** Drops the queued samples; returns how many were dropped. */
    long flush();

    /** Blocks until everything written has been heard. */
    void drain();
}
