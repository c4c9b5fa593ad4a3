package playground.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what a generated Python script says, without Python: the list literals assigned to
 * a name ({@code W1 = [[…], …]}), the calls of the model definition, the comment header.
 */
final class ScriptText {
    private final String text;

    ScriptText(String text) {
        this.text = text;
    }

    /** The numbers of {@code NAME = [...]} (nested lists flattened row by row), parsed exactly. */
    double[] numbers(String name) {
        String marker = "\n" + name + " = [";
        int at = text.indexOf(marker);
        if (at < 0) throw new AssertionError("no assignment " + name + " in the script");
        if (text.indexOf(marker, at + 1) >= 0) throw new AssertionError(name + " is assigned twice");
        List<Double> values = new ArrayList<>();
        int i = at + marker.length() - 1;
        int depth = 0;
        StringBuilder token = new StringBuilder();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' || c == ',' || Character.isWhitespace(c)) {
                if (token.length() > 0) {
                    values.add(number(token.toString()));
                    token.setLength(0);
                }
                if (c == ']' && --depth == 0) break;
            } else {
                token.append(c);
            }
        }
        double[] result = new double[values.size()];
        for (int k = 0; k < result.length; k++) result[k] = values.get(k);
        return result;
    }

    /** The number of rows of {@code NAME = [[…], […]]}. */
    int rows(String name) {
        int at = text.indexOf("\n" + name + " = [");
        int end = text.indexOf("\n]", at);
        int rows = 0;
        for (int i = text.indexOf('\n', at + 1); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            if (text.startsWith("    [", i + 1)) rows++;
        }
        return rows;
    }

    private static double number(String literal) {
        switch (literal) {
            case "math.nan": return Double.NaN;
            case "math.inf": return Double.POSITIVE_INFINITY;
            case "-math.inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(literal);
        }
    }

    /** Every line, trimmed, that starts with {@code prefix} (after indentation), in order. */
    List<String> linesStartingWith(String prefix) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith(prefix)) lines.add(t);
        }
        return lines;
    }

    /** The configuration JSON of the comment header, its lines joined again. */
    String headerJson() {
        StringBuilder sb = new StringBuilder();
        boolean inConfig = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            if (inConfig) sb.append(line.substring(2).trim());
            if (line.equals("# Configuration:")) inConfig = true;
        }
        return sb.toString();
    }

    /** How many times {@code s} occurs. */
    int count(String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }
}
