package limber.mix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of the music file from its start, read by position from the one channel {@link
 * Music} keeps open: any number of these may read one file at once (each decoder its own), and
 * the file may be renamed or deleted after {@code open} without harm. Counts the bytes handed
 * out, so that a decoder's error can say where in the file it is.
 */
final class FileInput extends InputStream {
    private static final int BUFFER = 1 << 16;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long next; // file position of the byte after the buffer's last
    private long handed; // bytes handed out so far
    private boolean ended;

    FileInput(FileChannel channel) {
        this.channel = channel;
        buffer.limit(0);
    }

    /** How many bytes of the file this stream has handed out: where a decoder is in the file. */
    long position() {
        return handed;
    }

    /** The file this reads. */
    FileChannel channel() {
        return channel;
    }

    /** The file's length in bytes. */
    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            return Long.MAX_VALUE; // checked again by the next read, which throws
        }
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        handed++;
        return buffer.get() & 255;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        handed += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && fill()) {
            int k = (int) Math.min(n - skipped, buffer.remaining());
            buffer.position(buffer.position() + k);
            skipped += k;
        }
        handed += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return buffer.remaining();
    }

    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) {
            return true;
        }
        if (ended) {
            return false;
        }
        buffer.clear();
        int n;
        do {
            n = channel.read(buffer, next);
        } while (n == 0);
        if (n < 0) {
            ended = true;
            buffer.limit(0);
            return false;
        }
        next += n;
        buffer.flip();
        return true;
    }
}
