package limber.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import limber.audio.Clip;
import limber.player.Feedback;
import limber.player.HoldMenu;
import limber.routine.HoldOption;
import limber.speech.CachingNarrator;
import limber.testkit.Jvm;
import limber.testkit.Narrators;
import limber.testkit.Pcm;
import limber.testkit.Pulse;
import limber.testkit.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys driven through a real pseudo-terminal (tmux), sound through the real audio server: the
 * menu answer "2" picks the second option and is spoken back; space pauses (the recording goes
 * silent) and resumes; q ends the process within a second; the terminal's settings are unchanged.
 */
@Tag("realtime")
class KeysTest {
    static final String ROUTINE = """
            {"title": "Keys check", "countdown": [3], "restBetweenStretches": 1, "settle": 1,
             "holdOptions": [{"seconds": 5, "label": "short"}, {"seconds": 8, "label": "medium"},
                             {"seconds": 12, "label": "long"}],
             "defaultHold": 5,
             "stretches": [
               {"name": "Reach", "steps": ["Reach up slowly and breathe out.", {"hold": true}]},
               {"name": "Fold", "steps": ["Fold forward.", {"hold": true}]}]}
            """;
    private static final String SOCKET = "limber-keys-test";
    private static Pulse pulse;

    /** This class's audio server, started on first use (the terminal test needs none). */
    private static synchronized Pulse pulse() throws IOException {
        if (pulse == null) {
            pulse = Pulse.up("keys");
        }
        return pulse;
    }

    @AfterAll
    static synchronized void stopServer() throws IOException {
        if (pulse != null) {
            pulse.close();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    @TempDir
    Path dir;

    private void tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux", "-L", SOCKET));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "tmux " + String.join(" ", args) + ": " + out);
    }

    @AfterEach
    void killServer() throws Exception {
        new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").redirectErrorStream(true).start().waitFor();
    }

    /** Polls the transcript until {@code done} holds; returns the wall time it did. */
    private long await(Path file, Predicate<String> done, String what) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (done.test(read(file))) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what + "; transcript: " + read(file)
                + "; stderr: " + read(dir.resolve("err.txt")));
    }

    @Test
    void menuPauseResumeAndQuitByKeys() throws Exception {
        Tools.require("tmux");
        Map<String, String> env = pulse().env();
        Path script = dir.resolve("keys.json");
        Files.writeString(script, ROUTINE);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.txt");
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--cache-dir", cache.toString())
                .stream().map(KeysTest::quote).toList());
        Files.writeString(dir.resolve("run.sh"), "stty -a > before.txt\n" + command
                + " > out.txt 2> err.txt\necho $? > rc.txt\nstty -a > after.txt\n");
        tmux("new-session", "-d", "-s", "keys", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + env.get("PULSE_SERVER"), "bash --norc --noprofile");

        Pulse.Recording recording = pulse().record(dir.resolve("cap.raw"));
        long recordStart = System.nanoTime();
        tmux("send-keys", "-t", "keys", "bash run.sh", "Enter");

        HoldOption medium = new HoldOption(8, "medium");
        await(out, t -> t.contains("Press 3 for"), "the menu");
        tmux("send-keys", "-t", "keys", "2");
        await(out, t -> t.contains(HoldMenu.chosen(medium)), "the choice spoken back");
        await(out, t -> t.contains("Each hold lasts 8 seconds."), "8 second holds");
        await(out, t -> t.contains("Reach up slowly"), "the first step");
        tmux("send-keys", "-t", "keys", " ");
        long paused = await(out, t -> t.contains(Feedback.PAUSED), "Paused");
        Thread.sleep(2500); // the user rests; the recording must stay silent meanwhile
        tmux("send-keys", "-t", "keys", " ");
        long resumed = await(out, t -> t.contains(Feedback.RESUMING), "Resuming");
        await(out, t -> t.contains("Hold for 8 seconds."), "the hold");
        long q = System.nanoTime();
        tmux("send-keys", "-t", "keys", "q");
        long ended = await(dir.resolve("rc.txt"), t -> !t.isBlank(), "the process to end");
        double quitSeconds = (ended - q) / 1e9;
        short[] cap = recording.stop();

        assertEquals("0", read(dir.resolve("rc.txt")).trim(), read(dir.resolve("err.txt")));
        await(dir.resolve("after.txt"), t -> !t.isBlank(), "stty after");
        assertEquals(read(dir.resolve("before.txt")), read(dir.resolve("after.txt")));
        assertTrue(read(out).contains(Feedback.GOODBYE));

        // the pause, heard: "Paused.", then silence, then "Resuming."
        Clip pausedClip;
        Clip resumingClip;
        Clip chosenClip;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            pausedClip = n.say(Feedback.PAUSED);
            resumingClip = n.say(Feedback.RESUMING);
            chosenClip = n.say(HoldMenu.chosen(medium));
        }
        int p = find(cap, pausedClip, (paused - recordStart) / 1e9);
        int r = find(cap, resumingClip, (resumed - recordStart) / 1e9);
        find(cap, chosenClip, -1);
        int silentFrom = p + pausedClip.length() + 1600;
        double gap = (r - silentFrom) / 16000.0;
        double rms = Pcm.rms(cap, silentFrom, r - 800);
        System.out.printf("keys: paused for %.2f s with rms %.1f; q ended the process in %.3f s%n", gap, rms, quitSeconds);
        assertTrue(gap > 1.5, "pause lasted " + gap + " s");
        assertTrue(rms < 30, "not silent while paused: rms " + rms);
        assertTrue(quitSeconds < 1.0, "q took " + quitSeconds + " s");
    }

    /**
     * Keys and voice in one session: "3" answers the menu by key, "pause" said into the virtual
     * microphone pauses, space resumes, "stop" said asks, q ends.
     */
    @Test
    void keysAndVoiceAtOnce() throws Exception {
        Tools.require("tmux");
        Tools.require(Tools.POCKETSPHINX);
        Map<String, String> env = pulse().env();
        Path script = dir.resolve("keys.json");
        Files.writeString(script, ROUTINE);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.txt");
        Path pause = said(cache, "Pause.");
        Path stop = said(cache, "Stop.");
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--listen", "--cache-dir",
                cache.toString()).stream().map(KeysTest::quote).toList());
        Files.writeString(dir.resolve("run.sh"), command + " > out.txt 2> err.txt\necho $? > rc.txt\n");
        tmux("new-session", "-d", "-s", "both", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + env.get("PULSE_SERVER"), "bash --norc --noprofile");
        tmux("send-keys", "-t", "both", "bash run.sh", "Enter");

        await(out, t -> t.contains("Say or press 3 for"), "the menu, inviting a spoken answer");
        tmux("send-keys", "-t", "both", "3");
        await(out, t -> t.contains("Hold for 12 seconds."), "the first hold");
        sayUntil(pause, out, t -> t.contains(Feedback.PAUSED));
        tmux("send-keys", "-t", "both", " ");
        await(out, t -> t.contains(Feedback.RESUMING), "Resuming, by key");
        await(out, t -> t.indexOf("Hold for 12 seconds.") != t.lastIndexOf("Hold for 12 seconds."), "the second hold");
        sayUntil(stop, out, t -> t.contains(Feedback.STOP_AGAIN));
        tmux("send-keys", "-t", "both", "q");
        await(dir.resolve("rc.txt"), t -> !t.isBlank(), "the process to end");
        assertEquals("0", read(dir.resolve("rc.txt")).trim(), read(dir.resolve("err.txt")));
        assertTrue(read(out).strip().endsWith(Feedback.GOODBYE), read(out));
        System.out.println("keys: \"3\" by key, \"pause\" by voice, space by key, \"stop\" by voice, q by key: one session");
    }

    /**
     * --ready --listen: the prompt invites "say ready"; "ready" said into the microphone starts
     * the hold, "time" said in it gets the time left; q ends. How many tries each took is printed.
     */
    @Test
    void readyAndTimeByVoice() throws Exception {
        Tools.require("tmux");
        Tools.require(Tools.POCKETSPHINX);
        Map<String, String> env = pulse().env();
        Path script = dir.resolve("keys.json");
        Files.writeString(script, ROUTINE);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.txt");
        Path ready = said(cache, "Ready.");
        Path time = said(cache, "Time.");
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--listen", "--ready", "--hold", "20",
                "--cache-dir", cache.toString()).stream().map(KeysTest::quote).toList());
        Files.writeString(dir.resolve("run.sh"), command + " > out.txt 2> err.txt\necho $? > rc.txt\n");
        tmux("new-session", "-d", "-s", "voice", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + env.get("PULSE_SERVER"), "bash --norc --noprofile");
        tmux("send-keys", "-t", "voice", "bash run.sh", "Enter");

        await(out, t -> t.contains(Feedback.READY_BY_VOICE), "the ready prompt, inviting \"ready\"");
        Thread.sleep(2500); // the prompt is longer than the announcement sayUntil waits out: said over it, "ready" is not heard
        int readyTries = sayUntil(ready, out, t -> t.contains("Hold for 20 seconds."));
        int timeTries = sayUntil(time, out, t -> t.contains(" seconds left."));
        assertTrue(!read(out).contains(Feedback.NOT_IN_A_HOLD), read(out));
        tmux("send-keys", "-t", "voice", "q");
        await(dir.resolve("rc.txt"), t -> !t.isBlank(), "the process to end");
        System.out.printf("keys: \"ready\" by voice started the hold (try %d of 3), \"time\" said the time left (try %d"
                + " of 3)%n", readyTries, timeTries);
        assertEquals("0", read(dir.resolve("rc.txt")).trim(), read(dir.resolve("err.txt")));
        assertEquals(1, read(out).lines().filter(l -> l.startsWith("Hold for 20")).count(), read(out));
    }

    /** {@code text} said by FreeTTS, as a WAV file to play into the microphone. */
    private Path said(Path cache, String text) throws IOException {
        Clip clip;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            clip = n.say(text);
        }
        short[] pcm = clip.toArray();
        Path wav = dir.resolve(text.replaceAll("\\W", "") + ".wav");
        Pcm.write(wav, pcm);
        return wav;
    }

    /** Plays {@code wav} into the microphone sink until the transcript shows the answer (three tries). */
    private int sayUntil(Path wav, Path out, Predicate<String> answered) throws Exception {
        Thread.sleep(3000); // into the hold's quiet: the announcement and the narration gate's tail are over
        for (int i = 0; i < 3; i++) {
            pulse().playIntoMic(wav);
            long until = System.nanoTime() + 2_500_000_000L;
            while (System.nanoTime() < until) {
                if (answered.test(read(out))) {
                    return i + 1;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("said " + wav.getFileName() + " three times, no answer; transcript: "
                + read(out) + "; stderr: " + read(dir.resolve("err.txt")));
    }

    @Test
    void ctrlCAndSigtermRestoreTheTerminal() throws Exception {
        Tools.require("tmux");
        Path script = dir.resolve("keys.json");
        Files.writeString(script, ROUTINE);
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--text-only", "--hold", "5",
                "--cache-dir", dir.resolve("cache").toString()).stream().map(KeysTest::quote).toList());
        for (String way : List.of("ctrl-c", "sigterm")) {
            String n = way;
            Files.writeString(dir.resolve("run-" + n + ".sh"), "stty -a > before-" + n + ".txt\n" + command
                    + " > out-" + n + ".txt 2> err-" + n + ".txt\necho $? > rc-" + n
                    + ".txt\nstty -a > after-" + n + ".txt\n");
            tmux("new-session", "-d", "-s", n, "-x", "120", "-y", "30", "-c", dir.toString(), "bash --norc --noprofile");
            tmux("send-keys", "-t", n, "bash run-" + n + ".sh", "Enter");
            await(dir.resolve("out-" + n + ".txt"), t -> t.contains("Stretch 1 of 2"), "the first stretch");
            Process tty = new ProcessBuilder("tmux", "-L", SOCKET, "display", "-p", "-t", n, "#{pane_tty}").start();
            String pane = new String(tty.getInputStream().readAllBytes()).trim();
            Process during = new ProcessBuilder("stty", "-a", "-F", pane).start();
            String raw = new String(during.getInputStream().readAllBytes());
            assertTrue(raw.contains("-icanon") && raw.contains("-echo "), "raw mode is not on while playing: " + raw);
            if (way.equals("ctrl-c")) {
                tmux("send-keys", "-t", n, "C-c");
            } else {
                ProcessHandle.allProcesses()
                        .filter(h -> h.info().commandLine().orElse("").contains("limber.cli.Main play " + script))
                        .forEach(ProcessHandle::destroy); // SIGTERM
            }
            await(dir.resolve("after-" + n + ".txt"), t -> !t.isBlank(), "stty after " + way);
            assertEquals(read(dir.resolve("before-" + n + ".txt")), read(dir.resolve("after-" + n + ".txt")),
                    "terminal settings after " + way);
            String rc = read(dir.resolve("rc-" + n + ".txt")).trim();
            System.out.printf("keys: %s ended play with status %s; terminal restored%n", way, rc);
            assertTrue(rc.equals("130") || rc.equals("143"), way + " exit status " + rc);
        }
    }

    static final String THREE = """
            {"title": "Keys check", "countdown": [3], "restBetweenStretches": 1, "settle": 1,
             "holdOptions": [{"seconds": 5, "label": "short"}, {"seconds": 8, "label": "medium"},
                             {"seconds": 12, "label": "long"}],
             "defaultHold": 5,
             "stretches": [
               {"name": "Reach", "steps": ["Reach up slowly and breathe out.", {"hold": true}]},
               {"name": "Fold", "steps": ["Fold forward.", {"hold": true}]},
               {"name": "Twist", "steps": ["Twist gently.", {"hold": true}]}]}
            """;

    /** Starts {@code play THREE --text-only ARGS} in tmux session {@code name}; its files are NAME-*.txt. */
    private void playInTmux(String name, String... args) throws Exception {
        Path script = dir.resolve("three.json");
        Files.writeString(script, THREE);
        List<String> cmd = new java.util.ArrayList<>(List.of("play", script.toString(), "--text-only",
                "--cache-dir", dir.resolve("cache").toString()));
        cmd.addAll(List.of(args));
        String command = String.join(" ", Jvm.limber(cmd.toArray(String[]::new)).stream().map(KeysTest::quote).toList());
        Files.writeString(dir.resolve(name + ".sh"), "stty -a > " + name + "-before.txt\n" + command + " > " + name
                + "-out.txt 2> " + name + "-err.txt\necho $? > " + name + "-rc.txt\nstty -a > " + name + "-after.txt\n");
        tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "30", "-c", dir.toString(), "bash --norc --noprofile");
        tmux("send-keys", "-t", name, "bash " + name + ".sh", "Enter");
    }

    private String stty(String session) throws Exception {
        Process tty = new ProcessBuilder("tmux", "-L", SOCKET, "display", "-p", "-t", session, "#{pane_tty}").start();
        String pane = new String(tty.getInputStream().readAllBytes()).trim();
        return new String(new ProcessBuilder("stty", "-a", "-F", pane).start().getInputStream().readAllBytes());
    }

    private static long count(String text, String line) {
        return text.lines().filter(line::equals).count();
    }

    /**
     * F1-F4, F5, F12, Home, End and Escape do nothing (F2 ends in Q, F1 in P: neither is read
     * as a letter); up/down change the holds, right goes to the next step, left back one; in the
     * menu, the first unknown key gets the valid keys said.
     */
    @Test
    void functionKeysDoNothingAndArrowsStepAndChangeHolds() throws Exception {
        Tools.require("tmux");
        playInTmux("fk");
        Path out = dir.resolve("fk-out.txt");
        await(out, t -> t.contains("Press 3 for"), "the menu");
        tmux("send-keys", "-t", "fk", "F2");
        await(out, t -> t.contains(Feedback.menuKeys(3)), "the valid keys, said");
        tmux("send-keys", "-t", "fk", "F4");
        tmux("send-keys", "-t", "fk", "2");
        await(out, t -> t.contains("Each hold lasts 8 seconds."), "8 second holds");
        await(out, t -> t.contains("Stretch 1 of 3"), "the first stretch");
        String before = read(out);
        for (String key : List.of("F1", "F2", "F3", "F4", "F5", "F12", "Home", "End", "Escape", "PageUp", "IC", "DC")) {
            tmux("send-keys", "-t", "fk", key);
        }
        await(out, t -> t.contains("Hold for 8 seconds."), "the first hold");
        String after = read(out);
        assertTrue(!after.contains(Feedback.GOODBYE) && !after.contains(Feedback.PAUSED) && !after.contains("Holds are now")
                && count(after, Feedback.menuKeys(3)) == 1, "a function key did something: " + after.substring(before.length()));
        assertTrue(read(dir.resolve("fk-rc.txt")).isBlank(), "play ended: " + after);

        tmux("send-keys", "-t", "fk", "Up");
        await(out, t -> t.contains(Feedback.holdsNow(13)), "up: holds 5 s longer");
        tmux("send-keys", "-t", "fk", "Down");
        await(out, t -> t.contains(Feedback.holdsNow(8)), "down: holds 5 s shorter");
        tmux("send-keys", "-t", "fk", "Right");
        await(out, t -> t.contains("Stretch 2 of 3: Fold."), "right: the next step, long before the hold would end");
        long holds = count(read(out), "Hold for 8 seconds.");
        tmux("send-keys", "-t", "fk", "Left");
        await(out, t -> count(t, "Hold for 8 seconds.") > holds, "left: back to the hold");
        Thread.sleep(2500); // past the announcement and the settling in: inside the hold
        tmux("send-keys", "-t", "fk", "t");
        await(out, t -> t.lines().anyMatch(l -> l.matches("\\d+ seconds? left\\.")), "t: the time left");
        tmux("send-keys", "-t", "fk", "q");
        await(dir.resolve("fk-after.txt"), t -> !t.isBlank(), "the process to end");
        assertEquals("0", read(dir.resolve("fk-rc.txt")).trim(), read(dir.resolve("fk-err.txt")));
        assertEquals(read(dir.resolve("fk-before.txt")), read(dir.resolve("fk-after.txt")));
        assertEquals("", read(dir.resolve("fk-err.txt")));
    }

    /** Ctrl-Z stops play and gives the shell a sane terminal; fg: raw mode again, "Paused.", n and space work. */
    @Test
    void ctrlZThenFgIsPausedInRawMode() throws Exception {
        Tools.require("tmux");
        playInTmux("fg", "--hold", "8");
        Path out = dir.resolve("fg-out.txt");
        await(out, t -> t.contains("Hold for 8 seconds."), "the first hold");
        Thread.sleep(2500); // inside the hold: "next" from here is the rest before Fold
        tmux("send-keys", "-t", "fg", "C-z");
        long stopped = System.nanoTime() + 5_000_000_000L;
        while (!isStopped()) {
            assertTrue(System.nanoTime() < stopped, "Ctrl-Z did not stop play");
            Thread.sleep(50);
        }
        String shell = stty("fg");
        tmux("send-keys", "-t", "fg", "fg", "Enter");
        await(out, t -> t.contains(Feedback.PAUSED), "Paused, after fg");
        String raw = stty("fg");
        assertTrue(raw.contains("-icanon") && raw.contains("-echo "), "raw mode is not back after fg: " + raw
                + "\n(while stopped: " + shell + ")");
        String paused = read(out);
        tmux("send-keys", "-t", "fg", "n");
        tmux("send-keys", "-t", "fg", " ");
        await(out, t -> t.contains(Feedback.RESUMING), "Resuming");
        await(out, t -> t.length() > paused.length() + Feedback.RESUMING.length() + 1, "the next step");
        String next = read(out).substring(paused.length());
        tmux("send-keys", "-t", "fg", "q");
        await(dir.resolve("fg-after.txt"), t -> !t.isBlank(), "the process to end");
        assertEquals("0", read(dir.resolve("fg-rc.txt")).trim(), read(dir.resolve("fg-err.txt")));
        assertEquals(read(dir.resolve("fg-before.txt")), read(dir.resolve("fg-after.txt")));
        System.out.printf("keys: Ctrl-Z stopped play; after fg: paused, raw; n then space went on with: %s%n",
                next.lines().skip(1).findFirst().orElse(""));
        String first = next.lines().skip(1).findFirst().orElse("");
        assertTrue(first.equals("Rest. Next: Fold.") || first.startsWith("Stretch 2 of 3"), "n did not move on: " + next);
    }

    /** --ready: no hold starts, however long the wait, until space; q still ends while waiting. */
    @Test
    void readyWaitsForSpaceBeforeEachHold() throws Exception {
        Tools.require("tmux");
        playInTmux("ready", "--hold", "5", "--ready");
        Path out = dir.resolve("ready-out.txt");
        await(out, t -> t.contains(Feedback.READY), "the ready prompt");
        Thread.sleep(9000); // longer than the settling in and the hold together
        assertTrue(!read(out).contains("Hold for"), "a hold started by itself: " + read(out));
        long space = System.nanoTime();
        tmux("send-keys", "-t", "ready", " ");
        await(out, t -> t.contains("Hold for 5 seconds."), "the hold, after space");
        double started = (System.nanoTime() - space) / 1e9;
        await(out, t -> t.indexOf(Feedback.READY) != t.lastIndexOf(Feedback.READY), "the second hold's prompt");
        tmux("send-keys", "-t", "ready", "q");
        await(dir.resolve("ready-after.txt"), t -> !t.isBlank(), "the process to end");
        System.out.printf("keys: --ready waited 9 s without starting the hold; space announced it %.2f s later%n", started);
        assertEquals("0", read(dir.resolve("ready-rc.txt")).trim(), read(dir.resolve("ready-err.txt")));
        assertTrue(read(out).strip().endsWith(Feedback.GOODBYE), read(out));
        assertEquals(read(dir.resolve("ready-before.txt")), read(dir.resolve("ready-after.txt")));
        assertTrue(started < 2.0, "space took " + started + " s to start the hold");
    }

    /**
     * --check-in by keys: after the first hold, 2 (too much) makes the next hold 5 s shorter, said
     * aloud; the next hold is that long, measured on the transcript's clock; q at the next
     * check-in ends cleanly.
     */
    @Test
    void checkInTooMuchByKeyShortensTheNextHold() throws Exception {
        Tools.require("tmux");
        playInTmux("check", "--hold", "12", "--check-in");
        Path out = dir.resolve("check-out.txt");
        long first = await(out, t -> t.contains("Hold for 12 seconds."), "the first hold, 12 s");
        double firstHeld = (await(out, t -> t.contains("Release."), "its end") - first) / 1e9;
        await(out, t -> t.contains(Feedback.CHECK_IN), "the first check-in");
        tmux("send-keys", "-t", "check", "2");
        await(out, t -> t.contains(Feedback.ENGLISH.easier(7)), "holds made shorter, said");
        long started = await(out, t -> t.contains("Hold for 7 seconds."), "the next hold, 7 s");
        long released = await(out, t -> t.indexOf("Release.") != t.lastIndexOf("Release."), "its end");
        double held = (released - started) / 1e9;
        double shorter = firstHeld - held; // the same announcement and countdown in both: the difference is the hold's
        await(out, t -> t.indexOf(Feedback.CHECK_IN) != t.lastIndexOf(Feedback.CHECK_IN), "the second check-in");
        tmux("send-keys", "-t", "check", "q");
        await(dir.resolve("check-after.txt"), t -> !t.isBlank(), "the process to end");
        System.out.printf("keys: --check-in, 2 after a 12 s hold: from announcement to release %.2f s, then %.2f s:"
                + " %.2f s shorter (5 s planned)%n", firstHeld, held, shorter);
        assertEquals("0", read(dir.resolve("check-rc.txt")).trim(), read(dir.resolve("check-err.txt")));
        assertTrue(read(out).strip().endsWith(Feedback.GOODBYE), read(out));
        assertEquals(read(dir.resolve("check-before.txt")), read(dir.resolve("check-after.txt")));
        assertTrue(Math.abs(shorter - 5) < 0.5, "the second hold was " + shorter + " s shorter, not 5");
    }

    /** This test's play process (java) is stopped, as Ctrl-Z leaves it. */
    private boolean isStopped() {
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().orElse("").contains("limber.cli.Main play " + dir.resolve("three.json")))
                .anyMatch(h -> {
                    try {
                        String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
                        return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /**
     * Closing the terminal mid-play (tmux kill-session: SIGHUP) ends play quietly: exit 129,
     * nothing on stderr. The script waits for play with SIGHUP ignored in itself only.
     */
    @Test
    void closingTheTerminalEndsPlayQuietlyWith129() throws Exception {
        Map<String, String> env = pulse().env();
        Tools.require("tmux");
        Path script = dir.resolve("keys.json");
        Files.writeString(script, ROUTINE);
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--hold", "5",
                "--cache-dir", dir.resolve("cache").toString()).stream().map(KeysTest::quote).toList());
        // a background job in a script reads /dev/null unless told otherwise: <&0 keeps the terminal
        Files.writeString(dir.resolve("hup.sh"), command + " > out.txt 2> err.txt <&0 &\npid=$!\ntrap '' HUP\n"
                + "wait $pid\necho $? > rc.txt\n");
        tmux("new-session", "-d", "-s", "hup", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + env.get("PULSE_SERVER"), "bash --norc --noprofile");
        tmux("send-keys", "-t", "hup", "bash hup.sh", "Enter");
        Path out = dir.resolve("out.txt");
        await(out, t -> t.contains("Stretch 1 of 2"), "the first stretch");
        String raw = stty("hup");
        assertTrue(raw.contains("-icanon"), "play does not have the terminal: " + raw);
        tmux("kill-session", "-t", "hup");
        await(dir.resolve("rc.txt"), t -> !t.isBlank(), "the process to end");
        String err = read(dir.resolve("err.txt"));
        System.out.printf("keys: tmux kill-session ended play with status %s, stderr %s%n",
                read(dir.resolve("rc.txt")).trim(), err.isEmpty() ? "empty" : "\"" + err + "\"");
        assertEquals("129", read(dir.resolve("rc.txt")).trim(), err);
        assertEquals("", err);
    }

    /** Where {@code clip} is in the recording, near {@code aroundSeconds} (anywhere when negative). */
    private static int find(short[] cap, Clip clip, double aroundSeconds) {
        short[] ref = clip.toArray();
        int len = Math.min(ref.length, 6000);
        int from = Pcm.onset(ref, 0, 500);
        int center = aroundSeconds < 0 ? cap.length / 2 : (int) (aroundSeconds * 16000);
        int reach = aroundSeconds < 0 ? cap.length / 2 + 16000 : 32000;
        double[] m = Pcm.bestLag(ref, from, Math.min(len, ref.length - from), cap, center - reach - from, center + reach);
        assertTrue(m[1] > 0.9, "clip not found in the recording (correlation " + m[1] + ")");
        return (int) m[0];
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
