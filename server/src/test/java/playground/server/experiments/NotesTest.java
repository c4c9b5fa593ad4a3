package playground.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Notes as HTML (raw HTML shown as text) and as a one-line description. */
class NotesTest {
    @Test
    void markdownBecomesHtmlAndRawHtmlBecomesText() {
        assertEquals("<h2>Goal</h2>\n<p>Reach <code>0.05</code> &lt;b&gt;fast&lt;/b&gt;</p>\n",
                Notes.toHtml("## Goal\nReach `0.05` <b>fast</b>"));
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"\">x</a></p>\n",
                Notes.toHtml("[x](javascript:alert(1))"));
        assertNull(Notes.toHtml(null));
    }

    @Test
    void theSummaryIsPlainTextOnOneLine() {
        assertEquals("Goal Reach 0.05 with two layers.", Notes.summary("# Goal\n\nReach **0.05**\nwith two layers.", 200));
        assertNull(Notes.summary(null, 200));
        assertNull(Notes.summary("   \n\n ", 200));
    }

    @Test
    void aLongSummaryIsCutBetweenWordsWithAnEllipsis() {
        String summary = Notes.summary("alpha beta gamma delta epsilon zeta", 20);
        assertEquals("alpha beta gamma…", summary);
        assertTrue(summary.codePointCount(0, summary.length()) <= 20);
        String oneWord = Notes.summary("🧠".repeat(50), 10);
        assertEquals("🧠".repeat(9) + "…", oneWord, "cut between code points, never inside one");
    }
}
