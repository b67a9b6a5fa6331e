package dev.vigil.server.languages;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of a right-to-left text sees of its numbers: lays each line out with
 * {@link java.text.Bidi} in a right-to-left paragraph (as a Hebrew or Arabic screen does) and
 * returns the number runs whose digits do not read left to right in their written order.
 */
final class BidiOrder {

    // 1-888-373-7888, 23-20, 24/7, 10:00, 17a-101b's digits, 1.5
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[-./:][0-9]+)*");

    private BidiOrder() {
    }

    /** The number runs shown out of order, each as written; empty when every one reads as written. */
    static List<String> misordered(String text) {
        List<String> wrong = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int[] visual = visualPositions(line);
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                int last = -1;
                for (int i = m.start(); i < m.end(); i++) {
                    if (!Character.isDigit(line.charAt(i))) {
                        continue;
                    }
                    if (visual[i] < last) {
                        wrong.add(m.group());
                        break;
                    }
                    last = visual[i];
                }
            }
        }
        return wrong;
    }

    /** For each char of the line, its place from the left once laid out. */
    private static int[] visualPositions(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int n = line.length();
        byte[] levels = new byte[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, n);
        int[] position = new int[n];
        for (int v = 0; v < n; v++) {
            position[order[v]] = v;
        }
        return position;
    }
}
