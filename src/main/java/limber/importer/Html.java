package limber.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A saved web page as the lines of a plain-text article: its title, then the article body's
 * headings (h2-h6, with their rank) as lines and its list items as bullets, paragraphs and the
 * text of any other block (a byline's div, a table cell) as lines. The page's
 * furniture (navigation, header and footer, asides, forms, comments, sharing, related links,
 * advertising, newsletters, cookie banners) is dropped and reported with the line of the page it
 * starts on; scripts and styles are dropped silently (nothing in them is text). The only class
 * that touches jsoup.
 */
final class Html {
    /**
     * A line of the article and the line of the page it comes from; {@code level} is a heading's
     * rank (1 for {@code <h1>} or Markdown's {@code #}, 2 for {@code <h2>} or {@code ##}, ...), 0 for
     * any other line.
     */
    record Line(int number, String text, int level) {
        Line(int number, String text) {
            this(number, text, 0);
        }
    }

    /** The elements that are lines of their own; any other block's own text is a line too. */
    private static final String LINES = "h1, h2, h3, h4, h5, h6, li, p";

    private static final String FURNITURE = "nav, header, footer, aside, form, iframe, [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary], [class~=(?i)(^|[-_ ])(ad|ads|advert|advertisement|sponsor"
            + "|sidebar|comments?|share|sharing|social|related|newsletter|subscribe|cookie|breadcrumbs?|menu)([-_ ]|$)],"
            + " [id~=(?i)(^|[-_ ])(ad|ads|comments?|sidebar|related|newsletter|cookie|menu)([-_ ]|$)]";

    private Html() {
    }

    /** Whether {@code article} is an HTML page rather than text. */
    static boolean looksLikeHtml(String article) {
        String head = article.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<") && head.contains("<body");
    }

    /** The page's article as lines; what is dropped is added to {@code notes}. */
    static List<Line> lines(String html, List<Note> notes) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        doc.select("script, style, noscript, template").remove();
        for (Element e : doc.select(FURNITURE)) {
            if (e.parent() == null || !e.root().equals(doc)) {
                continue; // inside furniture already removed
            }
            String text = e.text().strip();
            if (!text.isEmpty()) {
                notes.add(new Note(line(e), Note.Kind.DROPPED, "dropped (" + kind(e) + "): "
                        + Text.quote(text.length() > 80 ? text.substring(0, 77) + "..." : text)));
            }
            e.remove();
        }
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = doc.selectFirst("main, [role=main]");
        }
        if (body == null) {
            body = doc.body();
        }
        List<Line> out = new ArrayList<>();
        Element h1 = body.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String title = h1 != null ? h1.text() : pageTitle(doc, notes);
        out.add(new Line(h1 != null ? line(h1) : 1, title.isBlank() ? "Untitled" : title));
        for (Element e : body.getAllElements()) {
            if (e == h1) {
                continue;
            }
            if (e.is(LINES)) {
                String text = e.text().strip();
                if (text.isEmpty() || e.tagName().equals("p") && e.parent() != null && e.parent().closest("li") != null
                        || e.tagName().equals("li") && !e.select("li li").isEmpty()) {
                    continue; // a paragraph inside a list item is the item's; an item with a list inside, its items'
                }
                int level = e.tagName().matches("h[1-6]") ? e.tagName().charAt(1) - '0' : 0;
                out.add(new Line(line(e), e.tagName().equals("li") ? "- " + text : text, level));
            } else if (e.isBlock() && e.parents().stream().noneMatch(a -> a.is(LINES))) {
                ownText(e, out); // a div's, a table cell's, a blockquote's own words: read, or dropped and reported
            }
        }
        return out;
    }

    /** "| FitDaily", "- Health Site" after a page's title: the site's name, not the article's. */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "\\s+(?:[|\u00b7\u00bb]|::)\\s+.*|\\s+[-\u2013\u2014]\\s+\\S+(?:\\s+\\S+){0,3}$");

    /** The page's {@code <title>} without the site's name after it (reported). */
    private static String pageTitle(Document doc, List<Note> notes) {
        String title = doc.title().strip();
        java.util.regex.Matcher m = SITE.matcher(title);
        if (m.find() && m.start() > 0) {
            Element t = doc.selectFirst("title");
            notes.add(new Note(t != null ? line(t) : 1, Note.Kind.DROPPED, "dropped (the site's name after the page's title): "
                    + Text.quote(title.substring(m.start()).strip())));
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    /**
     * The text of {@code e} that is in no block inside it: its text and its inline elements'
     * (bold, links), a line at each {@code <br>} or block between them.
     */
    private static void ownText(Element e, List<Line> out) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c && !c.isBlock() && !c.tagName().equals("br") && c.select(LINES).isEmpty()) {
                b.append(c.text());
            } else {
                flush(e, b, out);
            }
        }
        flush(e, b, out);
    }

    private static void flush(Element e, StringBuilder b, List<Line> out) {
        String text = b.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Line(line(e), text));
        }
        b.setLength(0);
    }

    private static int line(Element e) {
        int n = e.sourceRange().start().lineNumber();
        return Math.max(n, 1);
    }

    private static String kind(Element e) {
        String tag = e.tagName();
        String attrs = (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
        if (tag.equals("nav") || attrs.contains("navigation") || attrs.contains("menu") || attrs.contains("breadcrumb")) {
            return "navigation";
        }
        if (attrs.contains("comment")) {
            return "comments";
        }
        if (attrs.matches(".*\\b(ad|ads|advert|advertisement|sponsor)\\b.*")) {
            return "advertising";
        }
        if (tag.equals("aside") || attrs.contains("sidebar") || attrs.contains("related") || attrs.contains("complementary")) {
            return "aside";
        }
        if (tag.equals("form") || attrs.contains("newsletter") || attrs.contains("subscribe")) {
            return "sign-up form";
        }
        return "page furniture (" + tag + ")";
    }
}
