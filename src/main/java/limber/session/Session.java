package limber.session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import limber.audio.Clip;
import limber.audio.Earcons;
import limber.audio.TimelineAudio;
import limber.routine.Routine;
import limber.speech.Narrator;
import limber.timeline.Options;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;

/** A routine with the user's options, ready to render: its timeline and every clip it plays. */
public final class Session {
    private Session() {
    }

    /** Synthesizes what the routine says with {@code options} and compiles its timeline. */
    public static TimelineAudio prepare(Routine routine, Options options, Narrator narrator) throws IOException {
        Map<String, Clip> clips = synthesize(TimelineCompiler.texts(routine, options), narrator);
        Timeline timeline = TimelineCompiler.compile(routine, options, text -> clips.get(text).length());
        return new TimelineAudio(timeline, clips, Earcons.all());
    }

    /** One clip per distinct text, synthesized in order by one narrator. */
    public static Map<String, Clip> synthesize(List<String> texts, Narrator narrator) throws IOException {
        Map<String, Clip> clips = new LinkedHashMap<>();
        for (String text : texts) {
            if (!clips.containsKey(text)) {
                clips.put(text, narrator.say(text));
            }
        }
        return clips;
    }
}
