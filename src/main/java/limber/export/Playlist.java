package limber.export;

import java.nio.file.Path;
import java.util.List;

/** An extended M3U playlist of the split tracks, in playing order, with paths relative to it. */
final class Playlist {
    private Playlist() {
    }

    /**
     * <pre>
     * #EXTM3U
     * #PLAYLIST:Back spasm relief
     * #EXTINF:25,Introduction
     * 00 Introduction.mp3
     * </pre>
     * Durations are whole seconds, rounded; UTF-8, one line each (control characters in titles
     * become spaces).
     */
    static String m3u(String title, List<Part> parts, List<Path> tracks, int rate) {
        StringBuilder sb = new StringBuilder("#EXTM3U\n#PLAYLIST:").append(line(title)).append('\n');
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            long seconds = Math.round((double) p.length() / rate);
            sb.append("#EXTINF:").append(seconds).append(',').append(line(p.title())).append('\n')
                    .append(tracks.get(i).getFileName()).append('\n');
        }
        return sb.toString();
    }

    private static String line(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }
}
