package limber.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import limber.mix.Ducking;
import limber.mix.MusicMix;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import limber.timeline.CountdownStyle;
import limber.timeline.Earcon;
import limber.timeline.Event;
import limber.timeline.Pace;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;

/** Music under a hold in breaths: the words duck it, the soft breath tones do not. */
class BreathMusicTest {
    private static final int RATE = 16_000;

    @Test
    void theMusicStaysUpUnderTheBreathTonesAndGoesDownUnderTheWords() {
        Routine r = new Routine("T", null, List.of(), List.of(new HoldOption(3, "short")), 3, 1, 1, List.of(),
                List.of(new Stretch("S", List.of(Step.Hold.inBreaths(4, null)))), "en", false, 5);
        // 500 samples a character: "Breathe in." is 5,500 samples, after the 11,200 of its tone
        Timeline t = TimelineCompiler.compile(r, new SessionOptions(3, Pace.NORMAL, CountdownStyle.OFF, true, 1), RATE,
                text -> 500L * text.length());
        Map<String, Clip> speech = new HashMap<>();
        for (String text : t.spokenTexts()) {
            speech.put(text, Clip.of(new short[500 * text.length()]));
        }
        // constant music at 0.1 of full scale, measured at the target and played 0 dB from it: a gain of 1
        TimelineAudio audio = new TimelineAudio(t, speech, Earcons.all(RATE))
                .withMusic((position, buf, off, len) -> {
                    java.util.Arrays.fill(buf, off, off + len, 0.1f);
                    return len;
                }, limber.mix.Leveller.TARGET, 0);
        TimelineAudio dry = new TimelineAudio(t, speech, Earcons.all(RATE));
        long hold = t.holds().get(0).start();
        long breath = 5L * RATE;
        double level = music(audio, dry, hold + breath + breath / 4); // the quiet of the second breath
        assertEquals(0.1 * 32768, level, 1.0);
        long wordsMiddle = hold + Earcon.BREATHE_IN.samples(RATE) + 500 * 11 / 2;
        assertEquals(Event.Speech.class, t.events().get(t.eventAt(wordsMiddle)).getClass());
        assertEquals(-Ducking.DEPTH_DB, 20 * Math.log10(music(audio, dry, wordsMiddle) / level), 0.5, "under the words");
        for (long toneMiddle : new long[] {hold + 2 * breath + 5600, hold + 3 * breath + breath / 2 + 5600}) {
            assertEquals(Event.Tone.class, t.events().get(t.eventAt(toneMiddle)).getClass());
            assertEquals(level, music(audio, dry, toneMiddle), 1.0, "under a breath tone, at " + toneMiddle);
        }
        // the chimes that start and end the hold duck it as ever
        long chime = t.holds().get(0).end() + Earcon.HOLD_END.samples(RATE) / 2;
        assertEquals(-Ducking.DEPTH_DB, 20 * Math.log10(music(audio, dry, chime) / level), 0.5, "under the end chime");
    }

    /**
     * The music's part of sample {@code at}: the session with it less the session without, read
     * from 1,000 samples before (a read elsewhere than where the last ended fades the music in over 40 ms).
     */
    private static double music(TimelineAudio with, TimelineAudio without, long at) {
        short[] a = new short[1001];
        short[] b = new short[1001];
        with.read(at - 1000, a, 0, a.length);
        without.read(at - 1000, b, 0, b.length);
        return a[1000] - b[1000];
    }
}
