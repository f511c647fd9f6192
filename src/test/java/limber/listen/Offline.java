package limber.listen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import limber.audio.LiveSink;
import limber.testkit.Pcm;

/**
 * The voice control's pipeline on a file instead of a microphone, in the order the live one
 * runs it: segmenter, narration gate, pocketsphinx, vocabulary.
 */
final class Offline {
    private Offline() {
    }

    /** Every outcome of recognizing {@code stream} (nothing played meanwhile). */
    static List<Listening.Outcome> hear(short[] stream, PocketSphinx recognizer, Vocabulary vocabulary) throws IOException {
        List<Segmenter.Utterance> candidates = new ArrayList<>();
        Listening l = new Listening(Listening.Settings.DEFAULT, candidates::add);
        l.accept(stream, 0, stream.length, false);
        l.finish();
        List<Listening.Outcome> out = new ArrayList<>();
        for (Segmenter.Utterance u : candidates) {
            out.add(Listening.interpret(u, recognizer, vocabulary));
        }
        return out;
    }

    /** The inputs among {@code outcomes}. */
    static List<Listening.Outcome> accepted(List<Listening.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.input() != null).toList();
    }

    /** What was heard in and between {@code outcomes}, for a failure message. */
    static String describe(List<Listening.Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (Listening.Outcome o : outcomes) {
            sb.append(String.format(java.util.Locale.ROOT, "%n  at %.2f s: %s -> %s", o.utterance().speechStart() / 16000.0,
                    o.heard().detail(), o.input()));
        }
        return sb.toString();
    }

    /**
     * {@code narration} played through a {@link NarrationGate} and heard by the microphone
     * {@code delay} seconds later (the audio server, the room): the utterances the gate lets
     * through, and those it holds back.
     */
    static List<List<Segmenter.Utterance>> gated(short[] narration, double delay) throws IOException {
        long[] now = {0};
        LiveSink speakers = new LiveSink() {
            @Override
            public int sampleRate() {
                return 16_000;
            }

            @Override
            public long queued() {
                return 0;
            }

            @Override
            public long flush() {
                return 0;
            }

            @Override
            public void drain() {
            }

            @Override
            public void write(short[] samples, int offset, int length) {
            }

            @Override
            public void close() {
            }
        };
        NarrationGate gate = new NarrationGate(speakers, () -> now[0], NarrationGate.DEFAULT_TAIL_NANOS);
        List<Segmenter.Utterance> through = new ArrayList<>();
        List<Segmenter.Utterance> held = new ArrayList<>();
        Listening l = new Listening(Listening.Settings.DEFAULT, new Listening.Utterances() {
            @Override
            public void candidate(Segmenter.Utterance u) {
                through.add(u);
            }

            @Override
            public void dropped(Segmenter.Utterance u, String why) {
                if (why.contains("narrator")) {
                    held.add(u);
                }
            }
        });
        int chunk = VoiceControl.CHUNK;
        int lag = (int) Math.round(delay * Pcm.RATE);
        short[] mic = Pcm.concat(List.of(new short[lag], narration));
        for (int at = 0; at < mic.length; at += chunk) {
            int n = Math.min(chunk, mic.length - at);
            if (at < narration.length) {
                gate.write(narration, at, Math.min(chunk, narration.length - at));
            }
            now[0] = (long) ((at + n) * 1e9 / Pcm.RATE);
            l.accept(mic, at, n, !gate.getAsBoolean());
        }
        l.finish();
        return List.of(through, held);
    }
}
