package playground.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.config.ConfigException;

/** The one reading of an embed's address, strict for the playground and forgiving for lessons. */
class EmbedOptionsTest {
    private static final List<String> CONTROLS = Arrays.asList("learningRate", "activation", "noise");

    private static EmbedOptions.Query query(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map::get;
    }

    @Test
    void thePlaygroundReadsWhatItWritesInItsOwnOrder() {
        EmbedOptions options = EmbedOptions.read(query("panels", "output,data", "hide", "noise,learningRate",
                "lock", "activation", "autoplay", "1", "height", "600", "lang", "zh", "theme", "dark"), CONTROLS);
        assertEquals(new LinkedHashSet<>(Arrays.asList("data", "output")), options.panels);
        assertEquals("panels=data,output&hide=learningRate,noise&lock=activation&autoplay=1&height=600&lang=zh&theme=dark",
                options.toQuery());
        assertEquals(options.toQuery(), EmbedOptions.read(query(options.toQuery().split("[&=]")), CONTROLS).toQuery());
        assertEquals("", EmbedOptions.defaults(CONTROLS).toQuery());
    }

    @Test
    void withoutPanelsAnEmbedIsTheCompactWidgetAndOnlyOtherChoicesAreWritten() {
        EmbedOptions plain = EmbedOptions.read(query(), CONTROLS);
        assertEquals(new LinkedHashSet<>(EmbedOptions.COMPACT), plain.panels);
        assertTrue(plain.isCompact());
        assertEquals("", plain.toQuery());
        assertEquals("panels=data,settings,network,output,charts",
                EmbedOptions.read(query("panels", String.join(",", EmbedOptions.PRESETS.get(2))), CONTROLS).toQuery());
        assertEquals("panels=data,network,output",
                EmbedOptions.read(query("panels", String.join(",", EmbedOptions.PRESETS.get(1))), CONTROLS).toQuery());
    }

    @Test
    void thePlaygroundRefusesWhatItCannotShowNamingTheParameter() {
        assertEquals("hide", assertThrows(ConfigException.class,
                () -> EmbedOptions.read(query("hide", "rate"), CONTROLS)).key());
        assertEquals("height", assertThrows(ConfigException.class,
                () -> EmbedOptions.read(query("height", "50"), CONTROLS)).key());
        assertEquals("height", assertThrows(ConfigException.class,
                () -> EmbedOptions.read(query("height", "tall"), CONTROLS)).key());
        assertEquals("theme", assertThrows(ConfigException.class,
                () -> EmbedOptions.read(query("theme", "pink"), CONTROLS)).key());
    }

    @Test
    void aLessonIgnoresWhatMeansNothingAndClampsTheHeight() {
        EmbedOptions options = EmbedOptions.readForgiving(query("hide", "reset, formulas", "lock", "w",
                "height", "50px", "theme", " Dark ", "autoplay", "true", "lang", "fr"));
        assertEquals(new LinkedHashSet<>(Arrays.asList("reset", "formulas")), options.hidden);
        assertTrue(options.locked.contains("w"));
        assertEquals(EmbedOptions.MIN_HEIGHT, options.height);
        assertEquals("dark", options.theme);
        assertTrue(options.autoplay);
        assertNull(options.lang);
        assertEquals(EmbedOptions.MAX_HEIGHT, EmbedOptions.readForgiving(query("height", "99999")).height);
        assertEquals(0, EmbedOptions.readForgiving(query("height", "tall", "theme", "pink")).height);
        assertNull(EmbedOptions.readForgiving(query("theme", "pink")).theme);
    }
}
