package limber.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which sentences before the first heading are spoken as the intro. Conservative on purpose: a
 * sentence is kept only when it reads as an instruction (what equipment to have, or an
 * imperative about how to move) and shows no sign of being something else. Everything not kept
 * gets a reason for the report.
 */
final class Intro {
    /** Site furniture and selling; also refused in bullet steps. */
    static final Pattern ADVERTISING = Pattern.compile("(?i)\\b(sign(ing)? up|subscrib\\w*|newsletter|inbox"
            + "|click|check out|buy|shop(ping)?|deals|discount|coupon|promo(tion|s)?|sponsored|advert\\w*"
            + "|affiliate|giveaway|breaking news|hottest|exclusive|unlock|membership|free trial|download"
            + "|follow us|share this|instant access)\\b|https?://|www\\.|\\.com\\b|@\\w");
    /** Comment sections and accounts; also refused in bullet steps. */
    static final Pattern COMMENTS = Pattern.compile("(?i)\\b(comment(s|ing|ed|er)?|display name|log ?in|log ?out"
            + "|sign in|let us know|tell us|your thoughts)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll)\\b"
            + "|(?i)\\b(me|my|mine|myself|we|we're|we've|our|ours|us)\\b");
    private static final Pattern NOTE = Pattern.compile("(?i)^(keep in mind|bear in mind|note that|remember that)\\b");
    /** What you'll need: the equipment sentences. */
    private static final Pattern EQUIPMENT = Pattern.compile("(?i)^(you'll|you will|you'd|you) (need|want)\\b"
            + "|^all you need\\b|^if you don't have\\b");
    /** An imperative about moving, breathing or staying safe, as the sentence's first word. */
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(move|breathe|go|ease|stop|avoid|keep|stay"
            + "|relax|warm|start|begin|take|don't|do|never|always|be|make sure|remember|focus|exhale|inhale"
            + "|listen|use|wear|find|place|lie|sit|stand|hold|consult|ask|talk|check|repeat|perform)\\b");

    private Intro() {
    }

    /** Null when the sentence is an instruction to keep; otherwise why it is dropped. */
    static String reject(String sentence) {
        if (ADVERTISING.matcher(sentence).find()) {
            return "advertising or sign-up";
        }
        if (COMMENTS.matcher(sentence).find()) {
            return "comment prompt";
        }
        if (sentence.endsWith("?")) {
            return "a question";
        }
        if (FIRST_PERSON.matcher(sentence).find()) {
            return "the author speaking";
        }
        if (NOTE.matcher(sentence).find()) {
            return "a note";
        }
        String s = sentence.toLowerCase(Locale.ROOT);
        if (EQUIPMENT.matcher(s).find() || IMPERATIVE.matcher(s).find()) {
            return null;
        }
        return "not an instruction";
    }
}
