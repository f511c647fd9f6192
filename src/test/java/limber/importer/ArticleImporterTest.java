package limber.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import org.junit.jupiter.api.Test;

/** The rules one at a time, on tiny articles. */
class ArticleImporterTest {

    private static Routine routine(String article) throws ImportException {
        return ArticleImporter.read(article, null).routine();
    }

    /** The steps of the only stretch of "Title / 1. S / BULLETS". */
    private static List<Step> steps(String... bullets) throws ImportException {
        return routine("Title\n1. S\n- " + String.join("\n- ", bullets) + "\n").stretches().get(0).steps();
    }

    private static List<String> notes(String article) throws ImportException {
        return ArticleImporter.read(article, null).report().notes().stream()
                .map(n -> n.line() + ": " + n.message()).toList();
    }

    private static Step.Say say(String text) {
        return new Step.Say(text, 0);
    }

    // ------------------------------------------------------------------ headings and steps

    @Test
    void headingsMayBeDotParenOrStepNumbered() throws ImportException {
        for (String form : List.of("1. Reach\n- Reach up.\n2. Fold\n- Fold.", "1) Reach\n* Reach up.\n2) Fold\n* Fold.",
                "Step 1: Reach\n\u2022 Reach up.\nStep 2: Fold\n\u2022 Fold.")) {
            assertEquals(List.of(new Stretch("Reach", List.of(say("Reach up."))), new Stretch("Fold", List.of(say("Fold.")))),
                    routine("T\n" + form).stretches(), form);
        }
    }

    @Test
    void numberedLinesOfAnotherFormUnderHeadingsAreNotHeadings() throws ImportException {
        String article = "T\nStep 1: Reach\n1. Stand tall.\n\u2022 Reach up.\n2. Breathe.\nStep 2: Fold\n\u2022 Fold.";
        assertEquals(List.of("Reach", "Fold"), routine(article).stretches().stream().map(Stretch::name).toList());
        assertEquals(List.of("3: dropped (not a bullet step): \"1. Stand tall.\"",
                "5: dropped (not a bullet step): \"2. Breathe.\""), notes(article));
    }

    @Test
    void numberedLineOutOfSequenceIsDroppedNotAHeading() throws ImportException {
        String article = "T\n1. Reach\n- Reach up.\n3. Jump\n2. Fold\n- Fold.";
        assertEquals(List.of("Reach", "Fold"), routine(article).stretches().stream().map(Stretch::name).toList());
        assertEquals(List.of("4: dropped (numbered line out of sequence (expected 2)): \"3. Jump\""), notes(article));
    }

    @Test
    void headingWithoutBulletsIsDroppedAndReported() throws ImportException {
        String article = "T\n1. Reach\nReach up high.\n2. Fold\n- Fold.";
        assertEquals(List.of(new Stretch("Fold", List.of(say("Fold.")))), routine(article).stretches());
        assertEquals(List.of("2: stretch dropped (no bullet steps under it): \"Reach\"",
                "3: dropped (not a bullet step): \"Reach up high.\""), notes(article).stream().sorted().toList());
    }

    @Test
    void stepsAreKeptAsWrittenWithAFinalPeriodAddedWhenMissing() throws ImportException {
        assertEquals(List.of(say("Lie down."), say("Breathe in!"), say("Ready?"), say("Say \"ah.\""), say("Bend (gently)."),
                say("Relax.")), steps("Lie down", "Breathe in!", "Ready?", "Say \"ah.\"", "Bend (gently)", "Relax:"));
    }

    @Test
    void typographyIsMadePlainForTheNarrator() throws ImportException {
        Routine r = routine("It\u2019s \u201Cgood\u201D \u2014 really\u2026\n1. Child\u2019s pose\n- Don\u2019t\u00A0 rush \u2013 breathe");
        assertEquals("It's \"good\" - really...", r.title());
        assertEquals(new Stretch("Child's pose", List.of(say("Don't rush - breathe."))), r.stretches().get(0));
    }

    @Test
    void windowsAndOldMacLineEndsAndAByteOrderMarkAreRead() throws ImportException {
        assertEquals(routine("T\n1. S\n- A.\n- B."), routine("\uFEFFT\r\n1. S\r- A.\r\n- B."));
    }

    // ------------------------------------------------------------------ holds

    @Test
    void holdForTheDesiredTimeIsAChosenHold() throws ImportException {
        assertEquals(List.of(new Step.Hold(null, null), new Step.Hold(null, null), new Step.Hold(null, null),
                new Step.Hold(null, null), new Step.Hold(null, null)), steps("Hold for the desired amount of time.",
                "Hold the stretch for the desired amount of time.", "Hold as long as is comfortable.",
                "Hold for 15-30 seconds.", "Hold."));
    }

    @Test
    void holdForSecondsIsAFixedHold() throws ImportException {
        assertEquals(List.of(new Step.Hold(20, null), new Step.Hold(10, null), new Step.Hold(60, null), new Step.Hold(45, null)),
                steps("Hold the position for 20 seconds.", "Hold for 10 seconds", "Hold for 1 minute.", "Hold it for 45 secs."));
    }

    @Test
    void stepsThatOnlyMentionHoldingAreSpoken() throws ImportException {
        assertEquals(List.of(say("Hold onto a chair for balance."), say("Hold your left ankle."),
                say("Hold for 20 seconds, then sit up."), say("Hold for 0 seconds.")),
                steps("Hold onto a chair for balance.", "Hold your left ankle.",
                        "Hold for 20 seconds, then sit up.", "Hold for 0 seconds."));
    }

    @Test
    void holdForBreathsIsAHoldInBreathsAtTheDefaultBreath() throws ImportException {
        assertEquals(List.of(Step.Hold.inBreaths(5, null), Step.Hold.inBreaths(8, null), Step.Hold.inBreaths(1, null),
                        Step.Hold.inBreaths(120, null)),
                steps("Hold for 5 breaths.", "Hold the pose for 8 deep breaths.", "Hold for one slow breath.",
                        "Hold for 120 breaths."));
        assertEquals(List.of("3: a hold of 8 breaths (40 s at 5 s a breath, the default \"breath\"): \"Hold for 8 deep breaths.\""),
                notes("T\n1. S\n- Hold for 8 deep breaths."));
    }

    @Test
    void holdForMoreBreathsThanFitInSixHundredSecondsIsSpokenAndNoted() throws ImportException {
        assertEquals(List.of(say("Hold for 121 breaths.")), steps("Hold for 121 breaths."));
        assertEquals(List.of("3: spoken, not timed (no hold length read): \"Hold for 121 breaths.\""),
                notes("T\n1. S\n- Hold for 121 breaths."));
    }

    @Test
    void holdForBreathsOnEachSideOrRepeatedOnTheOtherSideStaysInBreaths() throws ImportException {
        assertEquals(List.of(Step.Hold.inBreaths(5, "left side"), say("Switch sides."), Step.Hold.inBreaths(5, "right side")),
                steps("Hold for 5 breaths on each side."));
        assertEquals(List.of(say("Pull your left knee in."), Step.Hold.inBreaths(6, "left side"),
                        say("Repeat on the other side."), Step.Hold.inBreaths(6, "right side")),
                steps("Pull your left knee in.", "Hold for 6 breaths.", "Repeat on the other side."));
    }

    @Test
    void holdWithALengthNotReadIsNoted() throws ImportException {
        assertEquals(List.of("3: a hold of 5 breaths (25 s at 5 s a breath, the default \"breath\"): \"Hold for 5 breaths on each side.\"",
                        "3: timed once per side (left side, then right side): \"Hold for 5 breaths on each side.\""),
                notes("T\n1. S\n- Hold for 5 breaths on each side.\n- Hold onto the wall for a few seconds."));
    }

    // ------------------------------------------------------------------ side labels

    private static String label(String... bullets) throws ImportException {
        List<String> all = new java.util.ArrayList<>(List.of(bullets));
        all.add("Hold.");
        List<Step> s = steps(all.toArray(String[]::new));
        return ((Step.Hold) s.get(s.size() - 1)).label();
    }

    @Test
    void sideNamedMoreOftenWinsAndAStretchedPartNamesIt() throws ImportException {
        assertEquals("right shoulder", label("Reach your right arm underneath you, towards the left side of the room.",
                "Drop your right shoulder to the mat."));
    }

    @Test
    void partThatOnlyGripsGivesTheSide() throws ImportException {
        assertEquals("left side", label("Bring your left knee to your chest and elongate your right leg.",
                "Place both hands around your left knee."));
    }

    @Test
    void lastStepNamingTheSideGivesThePartEvenAfterAStepForTheOtherSide() throws ImportException {
        assertEquals("right thigh", label("Bring your right knee to your chest.",
                "Grab behind your right thigh and pull your right knee closer.", "If you can, extend your left leg."));
    }

    @Test
    void tiedSidesGiveNoLabel() throws ImportException {
        assertEquals(null, label("Step your right foot forward.", "Lower your left knee to the mat."));
    }

    @Test
    void directionsAndRightAnglesAreNotSides() throws ImportException {
        assertEquals(null, label("Turn to the left.", "Bend your knees to a right angle.", "Look right."));
    }

    @Test
    void sideRightAfterYourCountsWithoutAPart() throws ImportException {
        assertEquals("left side", label("Cross your right ankle over your left; press down with your left."));
    }

    @Test
    void labelLooksOnlyAtStepsSinceThePreviousHold() throws ImportException {
        List<Step> s = steps("Lift your left leg.", "Hold.", "Lower it.", "Hold.");
        assertEquals(List.of(say("Lift your left leg."), new Step.Hold(null, "left leg"), say("Lower it."),
                new Step.Hold(null, null)), s);
    }

    // ------------------------------------------------------------------ intro and hold options

    @Test
    void introKeepsOnlyInstructionSentences() throws ImportException {
        Routine r = routine("""
                T
                These moves changed my life. You'll need a mat. Check out our favourite mats!
                Stretching is great for everyone.
                Breathe slowly. Why not share this with a friend?
                Keep in mind that everyone is different.
                1. S
                - A.
                """);
        assertEquals(List.of("You'll need a mat.", "Breathe slowly."), r.intro());
    }

    @Test
    void partlyKeptIntroLineReportsEachDroppedSentence() throws ImportException {
        assertEquals(List.of("2: sentence dropped (the author speaking): \"These moves changed my life.\"",
                "2: sentence dropped (advertising or sign-up): \"Check out our favourite mats!\""),
                notes("T\nThese moves changed my life. You'll need a mat. Check out our favourite mats!\n1. S\n- A."));
    }

    @Test
    void holdLengthSentencesGiveOptionsLabelledByTheirAudience() throws ImportException {
        Routine r = routine("T\nIf you're new to this, hold each stretch for 15-30 seconds. "
                + "Athletes can hold for 30-45 seconds.\n1. S\n- A.");
        assertEquals(List.of(new HoldOption(15, "for a first time"), new HoldOption(30, "standard"),
                new HoldOption(45, "for active people")), r.holdOptions());
        assertEquals(30, r.defaultHold());
        assertEquals(List.of(), r.intro());
    }

    @Test
    void holdLengthsWithoutAnAudienceAreGentleStandardLonger() throws ImportException {
        Routine r = routine("T\nHold each stretch for 20 to 40 seconds, or 60 seconds if it feels good.\n1. S\n- A.");
        assertEquals(List.of(new HoldOption(20, "gentle"), new HoldOption(40, "standard"), new HoldOption(60, "longer")),
                r.holdOptions());
        assertEquals(20, r.defaultHold());
    }

    @Test
    void oneHoldLengthIsTheOnlyOption() throws ImportException {
        assertEquals(List.of(new HoldOption(25, "standard")), routine("T\nHold each stretch for 25 seconds.\n1. S\n- A.").holdOptions());
    }

    @Test
    void noHoldLengthSentenceGivesTheDefaults() throws ImportException {
        Routine r = routine("T\n1. S\n- A.");
        assertEquals(Routine.DEFAULT_HOLD_OPTIONS, r.holdOptions());
        assertEquals(Routine.DEFAULT_HOLD, r.defaultHold());
    }

    @Test
    void holdLengthsThatCannotBeOptionsGiveTheDefaultsAndANote() throws ImportException {
        String article = "T\nHold each stretch for 300-900 seconds.\n1. S\n- A.";
        assertEquals(Routine.DEFAULT_HOLD_OPTIONS, routine(article).holdOptions());
        assertEquals(List.of("2: hold lengths 300-900 s",
                "0: hold lengths 300-900 s cannot be options (1..600 s, at most 9): the default options are used"),
                notes(article));
    }

    // ------------------------------------------------------------------ the end, and errors

    @Test
    void trailingSectionEndsTheArticle() throws ImportException {
        String article = "T\n1. S\n- A.\nRelated articles\n2. More\n- Buy now.";
        assertEquals(1, routine(article).stretches().size());
        assertEquals(List.of("4: dropped (a trailing section starts here): \"Related articles\"",
                "5: dropped (after the trailing section at line 4): \"2. More\"",
                "6: dropped (after the trailing section at line 4): \"- Buy now.\""), notes(article));
    }

    @Test
    void articleWithoutNumberedHeadingsFails() {
        ImportException e = assertThrows(ImportException.class,
                () -> routine("Stretches\nTouch your toes.\n- Reach down.\n"));
        assertEquals("no numbered stretch headings found (\"1. Name\", \"1) Name\" or \"Step 1: Name\")", e.getMessage());
    }

    @Test
    void headingsWithoutAnyBulletFail() {
        ImportException e = assertThrows(ImportException.class, () -> routine("T\n1. Reach\nReach up.\n"));
        assertEquals("no bullet steps found under the numbered headings", e.getMessage());
    }

    @Test
    void emptyArticleFails() {
        assertEquals("empty article", assertThrows(ImportException.class, () -> routine(" \n\n")).getMessage());
    }

    // ------------------------------------------------------------------ one hold per side

    @Test
    void aHoldOnEachSideIsTimedOncePerSide() throws ImportException {
        assertEquals(List.of(say("Lift your left knee."), new Step.Hold(30, "left side"), say("Switch sides."),
                        new Step.Hold(30, "right side")),
                steps("Lift your left knee.", "Hold for 30 seconds on each side."));
        assertEquals(List.of(say("Lie down."), new Step.Hold(null, "left side"), say("Switch sides."),
                        new Step.Hold(null, "right side")),
                steps("Lie down.", "Hold for 30-60 seconds per side."));
        assertEquals(List.of(say("Reach."), new Step.Hold(null, "left side"), say("Switch sides."), new Step.Hold(null, "right side")),
                steps("Reach.", "Hold the stretch, on both sides."));
    }

    @Test
    void repeatOnTheOtherSideTimesTheHoldBeforeAgainForTheOtherSide() throws ImportException {
        assertEquals(List.of(say("Cross your right leg."), new Step.Hold(20, "right leg"),
                        say("Repeat on the other side."), new Step.Hold(20, "left leg")),
                steps("Cross your right leg.", "Hold for 20 seconds.", "Repeat on the other side."));
        assertEquals(List.of(say("Bend."), new Step.Hold(null, null), say("Switch sides and repeat."),
                        new Step.Hold(null, "other side")),
                steps("Bend.", "Hold.", "Switch sides and repeat."));
        // with no hold before it, it is only spoken
        assertEquals(List.of(say("Repeat on the other side.")), steps("Repeat on the other side."));
    }

    @Test
    void aHoldForEachLegOrThenSwitchSidesIsTimedOncePerSide() throws ImportException {
        List<Step> perSide = List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say("Switch sides."),
                new Step.Hold(30, "right side"));
        assertEquals(perSide, steps("Bend your left knee.", "Hold 30 seconds each leg."));
        assertEquals(perSide, steps("Bend your left knee.", "Hold for 30 seconds, then switch sides."));
        assertEquals(perSide, steps("Bend your left knee.", "Hold for 30 seconds and then repeat on the other side."));
        assertEquals(perSide, steps("Bend your left knee.", "Hold this stretch for 30 seconds per leg."));
    }

    @Test
    void thenRepeatSwitchSidesOrChangeLegsAfterAHoldTimeItForTheOtherSide() throws ImportException {
        for (String repeat : List.of("Then repeat on the other side.", "Switch sides.", "Change sides and repeat.",
                "Now do the other side.", "Swap legs.")) {
            assertEquals(List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say(repeat),
                    new Step.Hold(30, "right side")), steps("Bend your left knee.", "Hold for 30 seconds.", repeat), repeat);
        }
    }

    @Test
    void repeatOnTheSideNamedTimesItForThatSideWhenItIsTheOther() throws ImportException {
        assertEquals(List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say("Repeat on the right side."),
                new Step.Hold(30, "right side")), steps("Bend your left knee.", "Hold for 30 seconds.", "Repeat on the right side."));
        assertEquals(List.of(say("Bend."), new Step.Hold(30, null), say("Repeat with your right leg."),
                new Step.Hold(30, "right side")), steps("Bend.", "Hold for 30 seconds.", "Repeat with your right leg."));
        // the side the hold was already on: said, not timed again
        assertEquals(List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say("Repeat on the left side.")),
                steps("Bend your left knee.", "Hold for 30 seconds.", "Repeat on the left side."));
    }

    @Test
    void switchSidesThenAHoldIsOneHoldForTheOtherSideNotTwo() throws ImportException {
        assertEquals(List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say("Switch sides."),
                new Step.Hold(30, "right side")),
                steps("Bend your left knee.", "Hold for 30 seconds.", "Switch sides.", "Hold for 30 seconds."));
        assertEquals(List.of(), notes("T\n1. S\n- Hold for 30 seconds.\n- Switch sides.\n- Hold for 30 seconds.\n"));
    }

    @Test
    void repeatAfterBothSidesAreTimedIsDroppedNotAThirdSide() throws ImportException {
        assertEquals(List.of(say("Bend your left knee."), new Step.Hold(30, "left side"), say("Switch sides."),
                new Step.Hold(30, "right side")),
                steps("Bend your left knee.", "Hold for 30 seconds on each side.", "Repeat on the other side."));
        assertEquals(List.of("3: timed once per side (left side, then right side): \"Hold for 30 seconds on each side.\"",
                "4: dropped (both sides are timed already, at line 3): \"Repeat on the other side.\""),
                notes("T\n1. S\n- Hold for 30 seconds on each side.\n- Repeat on the other side.\n"));
    }

    @Test
    void perSideHoldsAreReported() throws ImportException {
        assertEquals(List.of("4: timed once per side (left side, then right side): \"Hold for 30 seconds on each side.\""),
                notes("Title\n1. S\n- Lie down.\n- Hold for 30 seconds on each side.\n"));
    }

    @Test
    void markdownIsReadAsPlainText() throws ImportException {
        Routine r = routine("# Back stretches\n\n## 1. Cat-cow\n\n* **Kneel** on all fours.\n* Arch your *back* slowly.\n"
                + "- See [the video](https://example.com/v).\n+ **Hold** for 20 seconds.\n\n## 2. Child's pose\n\n* Sit back. `Breathe`.\n");
        assertEquals("Back stretches", r.title());
        assertEquals(List.of(new Stretch("Cat-cow", List.of(say("Kneel on all fours."), say("Arch your back slowly."),
                        say("See the video."), new Step.Hold(20, null))),
                new Stretch("Child's pose", List.of(say("Sit back. Breathe.")))), r.stretches());
    }

    @Test
    void aDroppedHeadingsStepsAreDroppedWithItNotGivenToTheStretchBefore() throws ImportException {
        String article = "T\n1. Reach\n- Reach up.\n3. Jump\n- Jump high.\n- Hold for 10 seconds.\n2. Fold\n- Fold.";
        assertEquals(List.of(new Stretch("Reach", List.of(say("Reach up."))), new Stretch("Fold", List.of(say("Fold.")))),
                routine(article).stretches());
        assertEquals(List.of("4: dropped (numbered line out of sequence (expected 2)): \"3. Jump\"",
                "5: dropped (under the heading dropped at line 4): \"- Jump high.\"",
                "6: dropped (under the heading dropped at line 4): \"- Hold for 10 seconds.\""), notes(article));
    }

    @Test
    void markdownNumberedStepsUnderMarkdownHeadingsAreSteps() throws ImportException {
        Routine r = routine("# Desk stretches\n\n## 1. Hamstring stretch\n\n1. Sit at the edge of the chair.\n"
                + "2. Extend your left leg.\n3. Hold for 20 seconds.\n\n## 2. Neck tilt\n\n1) Tilt your head.\n");
        assertEquals(List.of(new Stretch("Hamstring stretch", List.of(say("Sit at the edge of the chair."),
                        say("Extend your left leg."), new Step.Hold(20, "left leg"))),
                new Stretch("Neck tilt", List.of(say("Tilt your head.")))), r.stretches());
    }

    @Test
    void aMarkdownHeadingThatIsNoStretchTakesItsBulletsWithIt() throws ImportException {
        String article = "# T\n## 1. Reach\n- Reach up.\n## Why it helps\n- It loosens the back.\n- Hold for 10 seconds.\n"
                + "## 2. Fold\n- Fold.\n";
        assertEquals(List.of(new Stretch("Reach", List.of(say("Reach up."))), new Stretch("Fold", List.of(say("Fold.")))),
                routine(article).stretches());
        assertEquals(List.of("4: dropped (a heading, not a numbered stretch): \"Why it helps\"",
                "5: dropped (under the heading dropped at line 4): \"- It loosens the back.\"",
                "6: dropped (under the heading dropped at line 4): \"- Hold for 10 seconds.\""), notes(article));
    }

    @Test
    void anAdvertisingSubheadingTakesItsBulletsWithItAndAPlainOneDoesNot() throws ImportException {
        String article = "# T\n## 1. Twist\n- Sit sideways.\n### Pro tip: buy our ergonomic chair!\n+ Use the backrest.\n"
                + "### How to do it well\n- Breathe out as you turn.\n";
        assertEquals(List.of(new Stretch("Twist", List.of(say("Sit sideways."), say("Breathe out as you turn.")))),
                routine(article).stretches());
        assertEquals(List.of("4: dropped (advertising or sign-up): \"Pro tip: buy our ergonomic chair!\"",
                "5: dropped (under the heading dropped at line 4): \"- Use the backrest.\"",
                "6: dropped (not a bullet step): \"How to do it well\""), notes(article));
    }

    @Test
    void aMarkdownCommentsHeadingStillEndsTheArticle() throws ImportException {
        String article = "# T\n## 1. Reach\n- Reach up.\n### Comments\n- Great post!\n## 2. Fold\n- Fold.\n";
        assertEquals(List.of(new Stretch("Reach", List.of(say("Reach up.")))), routine(article).stretches());
        assertEquals("4: dropped (a trailing section starts here): \"Comments\"", notes(article).get(0));
    }

    @Test
    void aWebPagesOtherTextIsReadOrReportedNeverLostSilently() throws ImportException {
        String page = """
                <!DOCTYPE html><html><body><article>
                <h1>Hip stretches</h1>
                <div class="byline">By Jane Doe, 6 min read</div>
                <h2>1. Lunge</h2>
                <ul><li>Kneel on your right knee.</li></ul>
                <div>Hold for <b>30</b> seconds.</div>
                <h5>A note</h5>
                </article></body></html>
                """;
        Imported imported = ArticleImporter.read(page, "page.html");
        assertEquals(List.of(new Stretch("Lunge", List.of(say("Kneel on your right knee.")))), imported.routine().stretches());
        List<String> notes = imported.report().notes().stream().map(n -> n.line() + ": " + n.message()).toList();
        assertEquals(List.of("3: dropped (not an instruction): \"By Jane Doe, 6 min read\"",
                "6: dropped (not a bullet step): \"Hold for 30 seconds.\"",
                "7: dropped (not a bullet step): \"A note\""), notes);
    }

    @Test
    void aSavedWebPageIsItsArticleWithoutThePagesFurniture() throws ImportException {
        String page = """
                <!DOCTYPE html>
                <html><head><title>Stretches | Health Site</title><script>var x = "Hold for 5 seconds";</script></head>
                <body>
                <nav class="site-menu"><ul><li><a href="/">Home</a></li><li>Subscribe now</li></ul></nav>
                <header><div class="logo">Health Site</div></header>
                <main><article>
                <h1>Two stretches for back spasms</h1>
                <p>Move into each stretch slowly.</p>
                <div class="ad-slot ad">Buy our mats today!</div>
                <h2>1. Knee to chest</h2>
                <ul><li>Lie on your back.</li><li><p>Bring your <b>left knee</b> to your chest.</p></li>
                <li>Hold for 20 seconds.</li></ul>
                <aside><h3>Related: 10 yoga poses</h3><ul><li>Do this now.</li></ul></aside>
                <h2>2. Child's pose</h2>
                <ol><li>Kneel on the floor.</li><li>Hold for the desired amount of time.</li></ol>
                </article>
                <section id="comments"><h3>3 comments</h3><ul><li>Great article!</li></ul></section>
                </main>
                <footer>Copyright 2026</footer>
                </body></html>
                """;
        Imported imported = ArticleImporter.read(page, "page.html");
        Routine r = imported.routine();
        assertEquals("Two stretches for back spasms", r.title());
        assertEquals(List.of("Move into each stretch slowly."), r.intro(), imported.report().notes().toString());
        assertEquals(List.of(new Stretch("Knee to chest", List.of(say("Lie on your back."),
                        say("Bring your left knee to your chest."), new Step.Hold(20, "left side"))),
                new Stretch("Child's pose", List.of(say("Kneel on the floor."), new Step.Hold(null, null)))), r.stretches());
        List<String> notes = imported.report().notes().stream().map(n -> n.line() + ": " + n.message()).toList();
        assertEquals(List.of("4: dropped (navigation): \"Home Subscribe now\"",
                "5: dropped (page furniture (header)): \"Health Site\"",
                "9: dropped (advertising): \"Buy our mats today!\"",
                "13: dropped (aside): \"Related: 10 yoga poses Do this now.\"",
                "17: dropped (comments): \"3 comments Great article!\"",
                "19: dropped (page furniture (footer)): \"Copyright 2026\""),
                notes.stream().filter(n -> n.contains("dropped (")).toList());
    }

    @Test
    void aPageWithoutAnH1IsTitledByItsTitleWithoutTheSitesName() throws ImportException {
        for (String site : List.of(" | FitDaily", " - Health Site", " :: FitDaily.com", " \u00b7 Blog")) {
            String page = "<!DOCTYPE html><html><head>\n<title>Hip stretches for runners" + site + "</title></head><body>"
                    + "<h2>1. Lunge</h2><ul><li>Kneel.</li></ul></body></html>";
            Imported imported = ArticleImporter.read(page, "p.html");
            assertEquals("Hip stretches for runners", imported.routine().title(), site);
            assertEquals(List.of("2: dropped (the site's name after the page's title): \"" + site.strip() + "\""),
                    imported.report().notes().stream().map(n -> n.line() + ": " + n.message()).toList());
        }
        // a dash inside a longer title is the title's own
        String page = "<html><head><title>Back pain - what helps and what does not, from a physiotherapist</title></head>"
                + "<body><h2>1. Lunge</h2><ul><li>Kneel.</li></ul></body></html>";
        assertEquals("Back pain - what helps and what does not, from a physiotherapist", routine(page).title());
    }

    @Test
    void textCopiedFromABrowserSkipsTheSitesMenusBeforeTheTitle() throws ImportException {
        String article = "Skip to content\nHome | Health | Fitness | Recipes\nSign in\nSeven stretches for back spasms\n"
                + "1. Reach\n- Reach up.\n";
        assertEquals("Seven stretches for back spasms", routine(article).title());
        assertEquals(List.of("1: dropped (navigation before the title): \"Skip to content\"",
                "2: dropped (navigation before the title): \"Home | Health | Fitness | Recipes\"",
                "3: dropped (navigation before the title): \"Sign in\""), notes(article));
        assertEquals("Back pain: a home guide", routine("Back pain: a home guide\n1. Reach\n- Reach up.\n").title());
    }
}
