package playground.export;

import static org.junit.jupiter.api.Assertions.*;
import static playground.export.MathMlTest.parse;

import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.Limits;

/** The loss panel writes the objective that training minimizes, with the regularization rate in use. */
class LossFormulaTest {
    private static String text(String configJson) {
        String mathml = MathMl.lossFormula(Config.fromJson(configJson, Limits.SERVER));
        return parse(mathml).getTextContent();
    }

    @Test
    void halfTheMeanSquaredErrorForTwoClassesAndRegression() {
        String expected = "L=1N\u2211n=1N12(y^n\u2212yn)2";
        assertEquals(expected, text("{}"));
        assertEquals(expected, text("{\"problem\":\"regression\",\"dataset\":\"plane\"}"));
    }

    @Test
    void squaredErrorAgainstTheOneHotTargetForSoftmax() {
        assertEquals("L=1N\u2211n=1N12\u2211c=03(y^n,c\u2212yn,c)2", text("{\"dataset\":\"gauss\",\"classes\":4}"));
    }

    @Test
    void crossEntropyIsTheLogOfTheTrueClassProbability() {
        assertEquals("L=\u22121N\u2211n=1Nlog\u2061y^n,yn", text("{\"dataset\":\"gauss\",\"classes\":3,\"loss\":\"crossentropy\"}"));
    }

    @Test
    void crossEntropyOnTheTanhOutputReadsItAsAProbability() {
        String t = text("{\"loss\":\"crossentropy\"}");
        assertTrue(t.startsWith("L=\u22121N\u2211n=1N[tn\u2062log\u2061pn+(1\u2212tn)\u2062log\u2061(1\u2212pn)]"), t);
        assertTrue(t.endsWith("pn=y^n+12,tn=yn+12"), t);
    }

    @Test
    void theRegularizationTermCarriesItsRate() {
        assertTrue(text("{\"regularization\":\"l1\",\"regularizationRate\":0.003}").endsWith("+0.003\u2062\u2211w|w|"));
        assertTrue(text("{\"regularization\":\"l2\",\"regularizationRate\":0.1}").endsWith("+0.1\u2062\u2211w12w2"));
        assertTrue(text("{\"regularization\":\"l2\",\"regularizationRate\":0.00001}").endsWith("+1\u00d710\u22125\u2062\u2211w12w2"));
    }

    @Test
    void noPenaltyWithoutRegularizationOrAtRateZero() {
        assertFalse(text("{\"regularization\":\"none\",\"regularizationRate\":0.3}").contains("\u2211w"));
        assertFalse(text("{\"regularization\":\"l1\",\"regularizationRate\":0}").contains("\u2211w"));
    }
}
