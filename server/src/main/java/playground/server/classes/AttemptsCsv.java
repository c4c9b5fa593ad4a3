package playground.server.classes;

import java.util.List;
import java.util.stream.Collectors;
import playground.core.Numbers;
import playground.server.experiments.Experiment;

/**
 * A class's attempts as a CSV file for a spreadsheet (RFC 4180: commas, CRLF, quotes where
 * needed). A cell that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab
 * or a carriage return) gets a leading apostrophe, so a nickname cannot run anything.
 */
final class AttemptsCsv {
    static final String HEADER = "time,nickname,kind,epoch,trainLoss,testLoss,goalMet,parts,url";

    private AttemptsCsv() {}

    /** @param base the public address, for absolute links */
    static String of(List<Attempt> attempts, String base) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Attempt a : attempts) {
            row(csv, a.createdAt().toString(), a.nickname() == null ? "" : a.nickname(), a.kind(),
                    Integer.toString(a.epoch()), Numbers.format(a.trainLoss()), Numbers.format(a.testLoss()),
                    a.goalMet() ? "yes" : "no", parts(a.goalParts()), base + Experiment.pageUrl(a.experimentId()));
        }
        return csv.toString();
    }

    /** "part: met; part: not met". */
    private static String parts(List<Attempt.GoalPart> parts) {
        return parts.stream().map(p -> p.part() + ": " + (p.met() ? "met" : "not met"))
                .collect(Collectors.joining("; "));
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) csv.append(',');
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
