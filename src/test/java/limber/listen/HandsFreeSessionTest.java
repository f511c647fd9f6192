package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import limber.player.Feedback;
import limber.routine.RoutineLoader;
import limber.timeline.CountdownStyle;
import limber.timeline.SessionOptions;
import limber.timeline.Pace;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed routine from its first menu to its end without a key: the real {@code limber play
 * --listen} in a child process, no keyboard (stdin is /dev/null), its voice going to a PulseAudio
 * null sink that is looped back into the virtual microphone, and commands synthesized by FreeTTS
 * and espeak-ng played into that microphone whenever the narrator is quiet (in a hold), as a
 * person would say them ({@link SpokenSession}). A command that gets no confirmation within 3 s
 * is said again, as a person would; the test counts how often that was needed.
 */
@Tag("listen-live")
@Tag("realtime")
class HandsFreeSessionTest {
    private static final Path SCRIPT = Path.of("scripts", "back-spasm-relief.json");
    private static final double INTO_THE_HOLD = 4.5;

    private static SpokenSession.Room room;

    @BeforeAll
    static void room() throws IOException {
        room = SpokenSession.Room.up("hands-free");
    }

    @AfterAll
    static void leave() throws IOException {
        if (room != null) {
            room.close();
        }
    }

    @Test
    void theSeedRoutineRunsFromTheMenuToTheEndByVoiceAlone() throws Exception {
        SpokenSession session = room.play(Map.of(), "play", SCRIPT.toString(), "--listen");
        try {
            session.await(l -> l.startsWith("Say or press 3 for"), 60);
            Thread.sleep(4000); // the line itself, then the menu's quiet wait
            session.say(Corpus.VOICES.get(0), "three", l -> l.startsWith("45 seconds") && l.endsWith("Let's begin."));

            session.await(l -> l.startsWith("Hold for 45 seconds"), 90);
            Thread.sleep((long) (INTO_THE_HOLD * 1000));
            session.say(Corpus.VOICES.get(2), "pause", Feedback.PAUSED::equals);
            Thread.sleep(1500);
            session.say(Corpus.VOICES.get(0), "resume", Feedback.RESUMING::equals);

            session.await(l -> l.startsWith("Hold for 45 seconds"), 90);
            Thread.sleep((long) (INTO_THE_HOLD * 1000));
            session.say(Corpus.VOICES.get(1), "longer", Feedback.holdsNow(50)::equals);

            int skipped = 0;
            List<Corpus.Voice> voices = List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2));
            while (true) {
                String l = session.await(x -> x.startsWith("Hold for 50 seconds") || x.startsWith("(exit "), 120).text();
                if (l.startsWith("(exit ")) {
                    break;
                }
                Thread.sleep((long) (INTO_THE_HOLD * 1000));
                session.say(voices.get(skipped % 2), "next", Feedback.NEXT::equals);
                skipped++;
            }
            String last = TimelineCompiler.texts(RoutineLoader.load(SCRIPT),
                    new SessionOptions(50, Pace.NORMAL, CountdownStyle.VOICE, true, 1), 16_000).stream().reduce((a, b) -> b).orElseThrow();
            System.out.printf("hands-free session (live): menu answered, paused, resumed, holds made longer and %d holds"
                    + " skipped by voice alone; %d commands said, %d of them said again; the session ended%n",
                    skipped, session.said(), session.repeated());
            List<String> transcript = session.texts();
            assertEquals("(exit 0)", transcript.get(transcript.size() - 1));
            assertEquals(last, transcript.get(transcript.size() - 2), "the routine's last line was reached");
            assertTrue(skipped >= 8, "skipped " + skipped + " holds: " + transcript);
            assertTrue(session.repeated() <= 2, session.repeated() + " of " + session.said() + " commands had to be said again");
        } finally {
            session.close();
            session.keep("hands-free-transcript.txt");
        }
    }
}
