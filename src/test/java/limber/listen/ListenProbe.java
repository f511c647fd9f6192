package limber.listen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import limber.audio.Speakers;
import limber.player.Input;
import limber.testkit.Pcm;

/**
 * The Java side of the live voice tests, run in a child JVM that can reach the test's
 * PulseAudio server: real microphone, real pocketsphinx, real {@link VoiceControl}. Prints one
 * line per event on stdout and keeps everything the microphone delivered in a raw file, so the
 * test can align it with what it played.
 *
 * <pre>
 * ListenProbe CAPTURE.raw SECONDS,SECONDS,...   (empty list: no menu)
 * stdin:  menuClosed | narrate FILE.wav | quit
 * stdout: READY | HEARD input speechStart speechEnd emittedAt detail | REJECTED ... | DROPPED ... | NARRATED
 * </pre>
 * Positions are microphone samples since the line opened.
 */
final class ListenProbe {
    private ListenProbe() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path capture = Path.of(args[0]);
        List<Integer> menu = args.length > 1 && !args[1].isBlank()
                ? java.util.Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList() : List.of();
        Vocabulary vocabulary = menu.isEmpty() ? Vocabulary.controls() : Vocabulary.controls().withAnswers(menu);
        NarrationGate gate = NarrationGate.wrap(Speakers.open(16_000));
        LinkedBlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
        try (OutputStream raw = Files.newOutputStream(capture);
             PocketSphinx ps = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
            Microphone mic = Microphone.open();
            byte[] bytes = new byte[VoiceControl.CHUNK * 2];
            VoiceControl.Events events = new VoiceControl.Events() {
                private boolean ready;

                @Override
                public void outcome(Listening.Outcome o, long at) {
                    Segmenter.Utterance u = o.utterance();
                    out.println((o.input() != null ? "HEARD " + name(o.input()) : "REJECTED -") + " " + u.speechStart()
                            + " " + u.speechEnd() + " " + at + " " + o.heard().detail());
                }

                @Override
                public void dropped(Segmenter.Utterance u, String why) {
                    out.println("DROPPED - " + u.speechStart() + " " + u.speechEnd() + " 0 " + why);
                }

                @Override
                public void captured(short[] pcm, int length) {
                    for (int i = 0; i < length; i++) {
                        bytes[2 * i] = (byte) pcm[i];
                        bytes[2 * i + 1] = (byte) (pcm[i] >> 8);
                    }
                    try {
                        raw.write(bytes, 0, 2 * length);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (!ready) {
                        ready = true;
                        out.println("READY");
                    }
                }
            };
            VoiceControl voice = new VoiceControl(mic, ps, () -> { }, Listening.Settings.DEFAULT, inputs, gate,
                    vocabulary, System.err, events);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                if (line.equals("menuClosed")) {
                    voice.menuClosed();
                } else if (line.startsWith("narrate ")) {
                    short[] pcm = Pcm.read(Path.of(line.substring("narrate ".length())));
                    for (int at = 0; at < pcm.length; at += 1024) {
                        gate.write(pcm, at, Math.min(1024, pcm.length - at));
                    }
                    gate.drain();
                    out.println("NARRATED");
                }
            }
            voice.close();
            gate.close();
        }
    }

    static String name(Input input) {
        return input instanceof Input.Answer a ? String.format(Locale.ROOT, "Answer(%d,%d)", a.option(), a.seconds())
                : input.toString();
    }
}
