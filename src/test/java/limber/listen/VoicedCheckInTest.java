package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import limber.history.Entry;
import limber.history.History;
import limber.history.Learned;
import limber.player.Feedback;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-ins answered by voice alone, live: the seed routine in the real {@code limber play
 * --listen --check-in}, no keyboard, its voice looped into the virtual microphone
 * ({@link SpokenSession}). "too much" after the first side makes the second side 5 s shorter
 * (measured on the transcript's clock, each hold from the end of its announcement to
 * "Release."), a second "too much" brings the offer, "stop" twice ends; the session log has it
 * all, and the next {@code play --adapt} starts from the 20 s holds the first one ended with.
 */
@Tag("listen-live")
@Tag("realtime")
class VoicedCheckInTest {
    private static final Path SCRIPT = Path.of("scripts", "back-spasm-relief.json");

    private static SpokenSession.Room room;

    @TempDir
    Path dir;

    @BeforeAll
    static void room() throws IOException {
        room = SpokenSession.Room.up("check-in-by-voice");
    }

    @AfterAll
    static void leave() throws IOException {
        if (room != null) {
            room.close();
        }
    }

    @Test
    void tooMuchSaidAloudShortensTheOtherSideAndTheNextSessionAdaptsFromTheLog() throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(),
                "LIMBER_CACHE_DIR", dir.resolve("cache").toString());
        CachingNarrator kevin = Narrators.kevin16(dir.resolve("test-cache"));
        Corpus.Voice kevin150 = Corpus.VOICES.get(0);
        Corpus.Voice espeak = Corpus.VOICES.get(2);
        double held1;
        double held2;
        SpokenSession first = room.play(env, "play", SCRIPT.toString(), "--listen", "--check-in");
        try {
            first.await(l -> l.startsWith("Say or press 3 for"), 60);
            Thread.sleep(4000); // the line itself, then the menu's quiet wait
            first.say(kevin150, "two", l -> l.startsWith("30 seconds") && l.endsWith("Let's begin."));

            held1 = held(first, kevin, "Hold for 30 seconds, left side.");
            answer(first, kevin, Feedback.CHECK_IN_BY_VOICE, espeak, "too much", Feedback.ENGLISH.easier(25));
            held2 = held(first, kevin, "Hold for 25 seconds, right side.");
            answer(first, kevin, Feedback.CHECK_IN_BY_VOICE, kevin150, "too much", Feedback.ENGLISH.easier(20));
            answer(first, kevin, Feedback.CHECK_IN_TWICE_BY_VOICE, espeak, "stop", Feedback.STOP_AGAIN::equals);
            afterSaid(kevin, Feedback.STOP_AGAIN);
            first.say(kevin150, "stop", Feedback.GOODBYE::equals);
            first.await("(exit 0)"::equals, 10);
        } finally {
            first.close();
            first.keep("check-in-by-voice-transcript.txt");
        }
        System.out.printf(Locale.ROOT, "check-in by voice (live): holds of %.2f s then %.2f s after \"too much\" (%.2f s"
                + " shorter, 5 planned); %d phrases said, %d of them again%n", held1, held2, held1 - held2, first.said(),
                first.repeated());
        // each measure also holds the release's earcon before "Release." is printed (the same in both)
        assertEquals(5, held1 - held2, 0.6, first.transcript().toString());

        List<Entry> log = History.at(dir.resolve("data/limber/history.jsonl"), java.time.Clock.systemUTC()).read().sessions();
        assertEquals(1, log.size(), log.toString());
        Entry e = log.get(0);
        assertEquals(Entry.QUIT, e.ended());
        assertEquals("20", e.options().get(Learned.HOLD_AT_END));
        assertEquals(List.of("too much", "too much"), e.holds().subList(0, 2).stream().map(Entry.Hold::checkIn).toList());
        assertEquals(30, e.holds().get(0).done(), 0.6, "the player's own count");
        assertEquals(25, e.holds().get(1).done(), 0.6, "the player's own count");

        SpokenSession next = room.play(env, "play", SCRIPT.toString(), "--listen", "--adapt");
        try {
            next.await(Feedback.ENGLISH.adaptFrom(20)::equals, 60);
            next.await("Back spasm relief."::equals, 20);
            next.await("Hold for 20 seconds, left side."::equals, 90);
            Thread.sleep(4500);
            next.say(espeak, "stop", Feedback.STOP_AGAIN::equals);
            afterSaid(kevin, Feedback.STOP_AGAIN);
            next.say(kevin150, "stop", Feedback.GOODBYE::equals);
            next.await("(exit 0)"::equals, 10);
        } finally {
            next.close();
            next.keep("adapt-transcript.txt");
        }
        assertTrue(next.texts().stream().noneMatch(l -> l.startsWith("Say or press")), "no menu: " + next.texts());
    }

    /** Seconds from the end of {@code announcement} (its clip's length after it is printed) to "Release.". */
    private static double held(SpokenSession s, CachingNarrator voice, String announcement) throws Exception {
        SpokenSession.Line hold = s.await(announcement::equals, 120);
        SpokenSession.Line release = s.await("Release."::equals, 120);
        return release.at() - hold.at() - seconds(voice, announcement);
    }

    /** Waits for {@code question}, lets it be said, then says {@code phrase} until {@code confirmation}. */
    private static void answer(SpokenSession s, CachingNarrator voice, String question, Corpus.Voice in, String phrase,
                               String confirmation) throws Exception {
        answer(s, voice, question, in, phrase, confirmation::equals);
    }

    private static void answer(SpokenSession s, CachingNarrator voice, String question, Corpus.Voice in, String phrase,
                               java.util.function.Predicate<String> confirmation) throws Exception {
        s.await(question::equals, 60);
        afterSaid(voice, question);
        s.say(in, phrase, confirmation);
    }

    /**
     * Waits, from when {@code line} was printed, until it has been said, as a person would: the
     * line is printed as it goes to the sink, which plays it a little later, and an answer said
     * over it is not heard (the narration gate).
     */
    private static void afterSaid(CachingNarrator voice, String line) throws Exception {
        Thread.sleep((long) (seconds(voice, line) * 1000) + 1200);
    }

    private static double seconds(CachingNarrator voice, String text) throws IOException {
        return voice.say(text).length() / (double) voice.sampleRate();
    }
}
