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
    void onlyWebAndMailAddressesSurviveInLinksAndImages() {
        for (String address : new String[] {"data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=",
                "<java\tscript:alert(1)>", "vbscript:msgbox(1)", "file:///etc/passwd", "<\u0001javascript:alert(1)>"}) {
            String html = Notes.toHtml("[x](" + address + ")");
            assertTrue(html.contains("href=\"\""), address + " → " + html);
        }
        assertTrue(Notes.toHtml("![i](data:image/svg+xml;base64,PHN2Zz4=)").contains("src=\"\""));
        assertTrue(Notes.toHtml("![i](https://example.org/a.png)").contains("src=\"https://example.org/a.png\""));
        assertTrue(Notes.toHtml("[a](https://example.org/a?b=1#c)").contains("href=\"https://example.org/a?b=1#c\""));
        assertTrue(Notes.toHtml("[a](/e/abc)").contains("href=\"/e/abc\""), "an address on this site");
        assertTrue(Notes.toHtml("[a](mailto:someone@example.org)").contains("href=\"mailto:someone@example.org\""));
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
