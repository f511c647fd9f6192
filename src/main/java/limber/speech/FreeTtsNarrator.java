package limber.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.diphone.DiphoneUnitDatabase;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.BufferUnderflowException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import limber.audio.Clip;

/**
 * The embedded FreeTTS narrator; with {@link VoiceFiles}, {@link PcmCollector} and
 * {@link FreeTtsLogging}, the only code that touches FreeTTS.
 *
 * <pre>{@code
 * try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE)) {
 *     Clip c = n.say("Hold for 30 seconds.");   // 1.84 s of 16 kHz PCM
 * }
 * }</pre>
 *
 * <p>{@link #open} only checks its arguments: the voice data is loaded by the first {@link #say}
 * (about 0.3 s), so a narrator behind a warm {@link CachingNarrator} never loads it. The samples
 * are exactly what FreeTTS renders, leading and trailing silence included, and are the same for
 * the same voice, rate and text in every instance and every run. FreeTTS prints nothing: its
 * java.util.logging output is switched off and its diphone lookup no longer reports missing
 * phone pairs on System.err.
 *
 * <p>Like any narrator, one instance serves one thread at a time; instances in different threads
 * are independent (each loads its own voice) and give the same samples as one would alone.
 */
public final class FreeTtsNarrator implements Narrator {
    public static final String ENGINE = "freetts";
    public static final String DEFAULT_VOICE = "kevin16";
    /** kevin16's own rate: 16 kHz. */
    public static final int SAMPLE_RATE = 16_000;
    /** The FreeTTS built into the jar; part of the cache key, so a newer FreeTTS makes new clips. */
    public static final String VERSION = "1.2.2";
    /** The rate kevin16 speaks at when none is set, in words per minute. */
    public static final int DEFAULT_RATE = 150;

    // The directory also offers "kevin", an 8 kHz diphone voice. Clips are 16 kHz and an
    // upsampled 8 kHz voice only sounds muffled next to kevin16 (the same speaker), so it is
    // not offered rather than resampled.
    private static final Set<String> SIXTEEN_KHZ_VOICES = Set.of("kevin16");
    private static final Object ALLOCATION = new Object();

    private final String voiceName;
    private final int rate;
    private final Path dataDir;
    // Both made by the first say(): even the collector would load FreeTTS (it is an AudioPlayer).
    private PcmCollector player;
    private Voice voice;
    private boolean closed;

    private FreeTtsNarrator(String voiceName, int rate, Path dataDir) {
        this.voiceName = voiceName;
        this.rate = rate;
        this.dataDir = dataDir;
    }

    /**
     * A narrator for {@code voiceName} at {@code rateWpm} words per minute. Loads nothing.
     *
     * @throws IllegalArgumentException for a voice not in {@link #voices()} or a rate outside
     *     {@link #MIN_RATE}..{@link #MAX_RATE}; the message names the value and what is allowed
     */
    public static FreeTtsNarrator open(String voiceName, int rateWpm) {
        return open(voiceName, rateWpm, null);
    }

    /**
     * Like {@link #open(String, int)}, with a copy of the voice's data files (6 MB) kept in
     * {@code dataDir}: FreeTTS maps files into memory, where it reads the jar's copies through a
     * stream a few bytes at a time, and that was a third of a cold export's CPU time. The copy is
     * made by the first voice load and checked against the jar's CRC-32s at every load; when it
     * cannot be made (say the folder is read-only) the jar's data is used. The samples are the
     * same either way. {@code dataDir} null: the jar's data.
     */
    public static FreeTtsNarrator open(String voiceName, int rateWpm, Path dataDir) {
        Objects.requireNonNull(voiceName, "voiceName");
        if (!SIXTEEN_KHZ_VOICES.contains(voiceName)) {
            throw new IllegalArgumentException(unknownVoiceMessage(voiceName));
        }
        if (rateWpm < MIN_RATE || rateWpm > MAX_RATE) {
            throw new IllegalArgumentException("rate must be " + MIN_RATE + ".." + MAX_RATE
                    + " words per minute, got " + rateWpm);
        }
        return new FreeTtsNarrator(voiceName, rateWpm, dataDir);
    }

    /**
     * Whether {@link #open} accepts {@code voiceName}. Loads nothing from FreeTTS, unlike
     * {@link #voices()}, so a run served from the cache can check its options for free.
     */
    public static boolean offers(String voiceName) {
        return SIXTEEN_KHZ_VOICES.contains(voiceName);
    }

    /** The voices {@link #open} accepts, e.g. {@code [kevin16]}. Loads no voice data. */
    public static List<String> voices() {
        List<String> names = new ArrayList<>();
        for (Voice v : directory()) {
            if (SIXTEEN_KHZ_VOICES.contains(v.getName())) {
                names.add(v.getName());
            }
        }
        return List.copyOf(names);
    }

    private static String unknownVoiceMessage(String voiceName) {
        String available = String.join(", ", voices());
        for (Voice v : directory()) {
            if (v.getName().equals(voiceName)) {
                return "voice \"" + voiceName + "\" is not supported (it is not 16 kHz); available voices: "
                        + available;
            }
        }
        return "unknown voice \"" + voiceName + "\"; available voices: " + available;
    }

    private static Voice[] directory() {
        FreeTtsLogging.off();
        // Not VoiceManager: listing every directory includes MBROLA's, which prints to stdout.
        return new KevinVoiceDirectory().getVoices();
    }

    /** The rate a fresh, unconfigured voice reports; what {@link #DEFAULT_RATE} must equal. */
    static float nativeRate(String voiceName) {
        for (Voice v : directory()) {
            if (v.getName().equals(voiceName)) {
                return v.getRate();
            }
        }
        throw new IllegalArgumentException(unknownVoiceMessage(voiceName));
    }

    /** Whether the voice data has been loaded, i.e. {@link #say} has been called. */
    boolean isLoaded() {
        return voice != null;
    }

    @Override
    public Clip say(String text) throws IOException {
        Objects.requireNonNull(text, "text");
        if (closed) {
            throw new IllegalStateException("narrator is closed");
        }
        Voice v = loadedVoice();
        player.clear();
        boolean completed;
        try {
            completed = v.speak(text);
        } catch (InternalError e) {
            throw dataChanged("FreeTTS voice \"" + voiceName + "\"", e);
        }
        return player.take(completed, voiceName, text);
    }

    private Voice loadedVoice() throws IOException {
        if (voice != null) {
            return voice;
        }
        Voice v;
        PcmCollector collector;
        try {
            // FreeTTS shares a loaded lexicon between voices through an unsynchronized static
            // map: one load at a time keeps it sound, and the next voice finds it loaded.
            synchronized (ALLOCATION) {
                v = dataDir == null ? null : VoiceFiles.voice(voiceName, dataDir);
                if (v == null) {
                    for (Voice candidate : directory()) {
                        if (candidate.getName().equals(voiceName)) {
                            v = candidate;
                        }
                    }
                }
                if (v == null) {
                    throw new IOException("FreeTTS has no voice \"" + voiceName + "\"");
                }
                collector = PcmCollector.attachTo(v);
                v.setRate(rate);
                v.allocate();
            }
        } catch (InternalError | BufferUnderflowException e) {
            // a mapped voice file cut short: a fault on reading it, or a map shorter than its header says
            throw dataChanged("cannot load FreeTTS voice \"" + voiceName + "\"", e);
        } catch (RuntimeException | Error e) {
            // allocate() reports a missing or unreadable voice file as an Error wrapping the
            // IOException; anything else from it is a FreeTTS failure, not ours to crash on.
            if (e instanceof VirtualMachineError) {
                throw (Error) e;
            }
            if (e instanceof Error && !(e.getCause() instanceof IOException)) {
                // FreeTTS checks its data as it reads it ("Bad magic number in diphone"): a copy cut
                // short meanwhile; the next load checks the copies' CRC-32s and makes them again
                throw dataChanged("cannot load FreeTTS voice \"" + voiceName + "\"", e);
            }
            throw new IOException("cannot load FreeTTS voice \"" + voiceName + "\": "
                    + (e.getCause() != null ? e.getCause() : e), e);
        }
        quietMissingDiphones(v);
        player = collector;
        voice = v;
        return v;
    }

    /**
     * The JVM's answer to a fault reading a mapped file, as an IOException: the voice data
     * copied into {@code dataDir} was truncated (by another program, or a full disk's cleanup)
     * after it was checked and mapped. The next load finds the copy wrong and makes it again.
     */
    private IOException dataChanged(String what, Throwable e) {
        return new IOException(what + ": " + (dataDir == null ? String.valueOf(e)
                : "its data files in " + dataDir + " changed while being read; run again"), e);
    }

    /**
     * For a phone pair its database lacks (say the "y-k" in a token like "Yc"), FreeTTS's diphone
     * lookup prints "Can't find diphone y-k" to System.err and then uses the database's default
     * diphone. This makes the lookup table itself answer that default diphone: the same samples,
     * no print. FreeTTS is pinned at 1.2.2 (its last release, 2009), so these private fields do
     * not move; should they, the narrator still works and only the message comes back (a test
     * speaks such a token).
     */
    private static void quietMissingDiphones(Voice v) {
        try {
            Field dbField = DiphoneUnitSelector.class.getDeclaredField("diphoneDatabase");
            Field mapField = DiphoneUnitDatabase.class.getDeclaredField("diphoneMap");
            Field defaultField = DiphoneUnitDatabase.class.getDeclaredField("defaultDiphone");
            dbField.setAccessible(true);
            mapField.setAccessible(true);
            defaultField.setAccessible(true);
            for (Object processor : v.getUtteranceProcessors()) {
                if (processor instanceof DiphoneUnitSelector) {
                    Object db = dbField.get(processor);
                    Object fallback = defaultField.get(db);
                    if (mapField.get(db) instanceof Map<?, ?> map && fallback != null) {
                        mapField.set(db, new DefaultingMap(map, fallback));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Leave FreeTTS as it is: it may print for rare tokens, but it still speaks.
        }
    }

    private static final class DefaultingMap extends HashMap<Object, Object> {
        private static final long serialVersionUID = 1L;
        private final transient Object fallback;

        DefaultingMap(Map<?, ?> entries, Object fallback) {
            super(entries);
            this.fallback = fallback;
        }

        @Override
        public Object get(Object key) {
            Object value = super.get(key);
            return value != null ? value : fallback;
        }
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String engineVersion() {
        return VERSION;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public String voice() {
        return voiceName;
    }

    @Override
    public void close() {
        closed = true;
        if (voice != null) {
            voice.deallocate(); // also ends the voice's output thread
            voice = null;
        }
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public String toString() {
        return "FreeTtsNarrator[" + voiceName + ", " + rate + " wpm]";
    }



}
