package limber.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.routine.RoutineWriter;
import limber.routine.Step;
import limber.routine.Stretch;
import org.junit.jupiter.api.Test;

/** Whole articles, each with the routine it must give (test resources next to this class). */
class ImportExamplesTest {
    private static final String SEED = "back-spasm-stretches.txt";

    static String resource(String name) throws IOException {
        try (InputStream in = ImportExamplesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Imported read(String article) throws Exception {
        return ArticleImporter.read(resource(article), article);
    }

    private static void assertGives(String article) throws Exception {
        String expected = resource(article.replaceFirst("\\.[a-z]+$", ".json"));
        Routine routine = read(article).routine();
        assertEquals(expected, RoutineWriter.json(routine));
        assertEquals(RoutineLoader.parse(article, expected, false), routine);
    }

    // ------------------------------------------------------------------ the seed

    private static Routine seed() throws Exception {
        return read(SEED).routine();
    }

    private static Routine shipped() throws Exception {
        return RoutineLoader.load(Path.of("scripts/back-spasm-relief.json"));
    }

    @Test
    void seedGivesTheShippedStretchesInOrder() throws Exception {
        assertEquals(shipped().stretches().stream().map(Stretch::name).toList(),
                seed().stretches().stream().map(Stretch::name).toList());
    }

    /** The shipped script mends one slip of the article by hand; the importer keeps the article's words. */
    @Test
    void seedStepsEqualTheShippedOnesButForTheOneMendedSlip() throws Exception {
        List<Stretch> imported = seed().stretches();
        List<Stretch> shipped = shipped().stretches();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < shipped.size(); i++) {
            List<Step> a = imported.get(i).steps();
            List<Step> b = shipped.get(i).steps();
            assertEquals(b.size(), a.size(), shipped.get(i).name());
            for (int j = 0; j < b.size(); j++) {
                if (!a.get(j).equals(b.get(j))) {
                    differences.add(shipped.get(i).name() + " step " + (j + 1) + ": " + a.get(j) + " / " + b.get(j));
                }
            }
        }
        assertEquals(List.of("Hamstring stretch step 9: "
                + "Say[text=Extend your left knee towards the ceiling, elongating your left leg., pauseSeconds=0.0] / "
                + "Say[text=Extend your left leg towards the ceiling, elongating your left leg., pauseSeconds=0.0]"),
                differences);
    }

    @Test
    void seedGivesElevenChosenHoldsWithTheShippedLabels() throws Exception {
        List<Step> holds = holds(seed());
        assertEquals(11, seed().chosenHolds());
        assertEquals(holds(shipped()), holds);
        assertEquals(List.of("left side", "right side", "right shoulder", "left shoulder", "left side",
                "right side", "right thigh", "left thigh", "(none)", "right thigh", "left thigh"),
                holds.stream().map(h -> ((Step.Hold) h).label()).map(l -> l == null ? "(none)" : l).toList());
    }

    private static List<Step> holds(Routine r) {
        return r.stretches().stream().flatMap(s -> s.steps().stream()).filter(s -> s instanceof Step.Hold).toList();
    }

    @Test
    void seedGivesTheShippedHoldOptions() throws Exception {
        assertEquals(List.of(new HoldOption(15, "for a first time"), new HoldOption(30, "standard"),
                new HoldOption(45, "for active people")), seed().holdOptions());
        assertEquals(shipped().holdOptions(), seed().holdOptions());
        assertEquals(30, seed().defaultHold());
    }

    @Test
    void seedIntroIsTheEquipmentAndHowToMoveOnly() throws Exception {
        assertEquals(shipped().intro(), seed().intro());
    }

    @Test
    void seedGivesNoAdvertisingAuthorOrCommentLineAnywhere() throws Exception {
        Pattern unwanted = Pattern.compile("(?i)tom's guide|sign up|inbox|deals|reviews|office chairs|rizzuto"
                + "|freelance|display name|comment|login|logout|\\bI\\b|\\bmy\\b");
        Routine r = seed();
        List<String> texts = Stream.concat(r.intro().stream(), r.stretches().stream().flatMap(s -> Stream.concat(
                Stream.of(s.name()), s.steps().stream().filter(t -> t instanceof Step.Say)
                        .map(t -> ((Step.Say) t).text())))).toList();
        assertEquals(2 + 6 + 43, texts.size());
        for (String t : texts) {
            assertFalse(unwanted.matcher(t).find(), t);
        }
    }

    @Test
    void seedTitleIsTheArticlesFirstLineAndSourceWhatTheCallerSays() throws Exception {
        assertEquals("I suffer from back spasms - here are the 6 stretches I do to get some relief", seed().title());
        assertEquals(SEED, seed().source());
    }

    @Test
    void seedReportNamesEveryDroppedLine() throws Exception {
        assertEquals(List.of(
                "imported a.txt: 6 stretches, 11 holds (10 with a side label), 2 intro lines, hold options 15, 30, 45 s from the article, 15 lines dropped",
                "  a.txt:2: dropped (not an instruction): \"Back spasms can be debilitating, but moving in the...\"",
                "  a.txt:4: dropped (not an instruction; the author speaking): \"Unfortunately, pain and injury can be a few downsi...\"",
                "  a.txt:5: dropped (not an instruction): \"Long-standing conventional wisdom has been to rest...\"",
                "  a.txt:6: dropped (the author speaking; not an instruction): \"Whenever a back spasm pops up, I often turn to the...\"",
                "  a.txt:7: dropped (a question): \"What is a back spasm?\"",
                "  a.txt:8: dropped (not an instruction): \"A back spasm happens when the muscles in your back...\"",
                "  a.txt:9: dropped (not an instruction): \"Back spasms can last anywhere from a few days to a...\"",
                "  a.txt:10: dropped (not an instruction): \"How to do these 6 stretches for back spasms\"",
                "  a.txt:12: hold lengths 15-30 s, 30-45 s",
                "  a.txt:13: dropped (advertising or sign-up): \"Sign up to get the BEST of Tom's Guide direct to y...\"",
                "  a.txt:14: dropped (advertising or sign-up): \"Get instant access to breaking news, the hottest r...\"",
                "  a.txt:15: dropped (a note; not an instruction): \"Keep in mind that not all of these moves stretch t...\"",
                "  a.txt:76: dropped (a trailing section starts here): \"More from Tom's Guide\"",
                "  a.txt:77: dropped (after the trailing section at line 76): \"Jennifer Rizzuto is a freelance writer and certifi...\"",
                "  a.txt:78: dropped (after the trailing section at line 76): \"You must confirm your public display name before c...\"",
                "  a.txt:79: dropped (after the trailing section at line 76): \"Please logout and then login again, you will then...\""),
                read(SEED).report().lines("a.txt"));
    }

    // ------------------------------------------------------------------ articles of other shapes

    /** "1)" headings, "*" bullets, fixed "Hold for 20 seconds" holds, no hold-length sentence. */
    @Test
    void parenHeadingsStarBulletsAndFixedHolds() throws Exception {
        assertGives("desk-break.txt");
    }

    /** "Step 1:" headings, "•" bullets, holds "as long as is comfortable", a tie of sides, numbered steps. */
    @Test
    void stepHeadingsDotBulletsAndDefaultHoldOptions() throws Exception {
        assertGives("runners-mobility.txt");
    }

    @Test
    void stepHeadingsReportNamesTheLinesDroppedAndTheHoldNotRead() throws Exception {
        assertEquals(List.of(
                "imported r.txt: 3 stretches, 3 holds (1 with a side label), 2 intro lines, hold options 15, 30, 45 s (the defaults), 3 lines dropped",
                "  r.txt:3: dropped (not an instruction): \"Whether you log five miles or fifty a week, tight...\"",
                "  r.txt:8: dropped (not a bullet step): \"Start here to wake up your spine.\"",
                "  r.txt:24: dropped (not a bullet step): \"1. Sit back on your heels with your knees wide.\"",
                "  r.txt:27: spoken, not timed (no hold length read): \"Hold for 5 deep breaths, then sit up slowly.\""),
                read("runners-mobility.txt").report().lines("r.txt"));
    }

    /**
     * A saved web page of a stretching article: cookie banner, header, menus, breadcrumbs, byline,
     * sharing buttons, an ad, a related-links aside, a newsletter form, comments and a footer around
     * five stretches held on each side, per side, in breaths, and repeated on the other side.
     */
    @Test
    void savedWebPageGivesTheArticlesStretchesEachSideTimed() throws Exception {
        assertGives("hip-stretches-page.html");
    }

    @Test
    void savedWebPageRoutineSaysNoWordOfThePagesFurniture() throws Exception {
        Routine r = read("hip-stretches-page.html").routine();
        StringBuilder said = new StringBuilder(r.title()).append('\n');
        r.intro().forEach(i -> said.append(i).append('\n'));
        for (Stretch st : r.stretches()) {
            said.append(st.name()).append('\n');
            for (Step step : st.steps()) {
                said.append(step instanceof Step.Say say ? say.text() : step instanceof Step.Hold h ? h.label() : "").append('\n');
            }
        }
        for (String furniture : List.of("cookie", "FitDaily", "Sign in", "Workouts", "Share", "Tweet", "ADVERTISEMENT",
                "shoes", "Related", "Roller", "newsletter", "Subscribe", "guide", "Comment", "Jane", "rights", "Privacy",
                "enjoy", "I love")) {
            assertFalse(said.toString().toLowerCase(java.util.Locale.ROOT).contains(furniture.toLowerCase(java.util.Locale.ROOT)),
                    furniture + " in\n" + said);
        }
    }

    /** Markdown: a menu of links, # marks, bold and code, a numbered list of steps, an ad sub-heading, comments. */
    @Test
    void markdownArticleGivesItsStretchesWithoutMarksOrTheAdsBullets() throws Exception {
        assertGives("desk-stretches.md");
    }

    /** Advertising, a byline, comment prompts and an author bio before, between and after the stretches. */
    @Test
    void marketingAndCommentsAreLeftOut() throws Exception {
        assertGives("desk-worker-ads.txt");
    }

    @Test
    void marketingReportNamesEveryDroppedLine() throws Exception {
        assertEquals(List.of(
                "imported d.txt: 2 stretches, 3 holds (2 with a side label), 2 intro lines, hold options 20, 40 s from the article, 13 lines dropped",
                "  d.txt:2: dropped (not an instruction): \"By Sam Example | Updated 3 March 2024\"",
                "  d.txt:3: dropped (advertising or sign-up): \"Advertisement\"",
                "  d.txt:4: dropped (advertising or sign-up): \"This article contains affiliate links. We may earn...\"",
                "  d.txt:5: dropped (advertising or sign-up): \"Subscribe to our newsletter for weekly workouts!\"",
                "  d.txt:6: dropped (not an instruction): \"Sitting all day shortens your hip flexors, and you...\"",
                "  d.txt:8: hold lengths 20-40 s",
                "  d.txt:9: dropped (a question; comment prompt): \"What's your favourite desk stretch? Let us know in...\"",
                "  d.txt:16: dropped (advertising or sign-up): \"Shop the best ergonomic chairs of 2024 at our part...\"",
                "  d.txt:22: dropped (advertising or sign-up): \"- Click here to watch the video version.\"",
                "  d.txt:26: dropped (a trailing section starts here): \"About the author\"",
                "  d.txt:27: dropped (after the trailing section at line 26): \"Sam Example is a personal trainer who writes about...\"",
                "  d.txt:28: dropped (after the trailing section at line 26): \"12 Comments\"",
                "  d.txt:29: dropped (after the trailing section at line 26): \"- Great article, thanks!\"",
                "  d.txt:30: dropped (after the trailing section at line 26): \"Log in to reply.\""),
                read("desk-worker-ads.txt").report().lines("d.txt"));
    }
}
