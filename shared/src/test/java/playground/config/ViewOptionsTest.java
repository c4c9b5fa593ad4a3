package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.core.Json;

class ViewOptionsTest {
    @SuppressWarnings("unchecked")
    private static ViewOptions view(String json) {
        return ViewOptions.fromMap((Map<String, Object>) Json.parse(json.replace('\'', '"')));
    }

    @Test
    void defaultsShowEverythingAndSetNoGoal() {
        ViewOptions v = view("{}");
        assertEquals(ViewOptions.DEFAULT, v);
        assertFalse(v.showTestData || v.discretize || v.hideText || v.colorblind);
        assertTrue(v.hidden.isEmpty() && v.locked.isEmpty());
        assertNull(v.goal);
    }

    @Test
    void controlSetsAreDeduplicatedAndKeptInSchemaOrder() {
        ViewOptions v = view("{'hidden':['play','noise','dataset','noise','x1x2']}");
        assertEquals(Arrays.asList("dataset", "noise", "x1x2", "play"), new ArrayList<>(v.hidden));
        assertTrue(v.isHidden("noise"));
        assertFalse(v.isLocked("noise"));
        assertThrows(UnsupportedOperationException.class, () -> v.hidden.add("seed"));
    }

    @Test
    void mapRoundTrip() {
        ViewOptions v = view("{'showTestData':true,'discretize':true,'hideText':true,'colorblind':true,"
                + "'hidden':['seed'],'locked':['learningRate','activation'],'goal':{'testLossBelow':0.1}}");
        assertEquals(v, ViewOptions.fromMap(v.toMap()));
        assertEquals("{\"showTestData\":true,\"discretize\":true,\"hideText\":true,\"colorblind\":true,"
                + "\"hidden\":[\"seed\"],\"locked\":[\"activation\",\"learningRate\"],\"goal\":{\"testLossBelow\":0.1}}",
                v.toString());
    }

    @Test
    void withersChangeOneThing() {
        ViewOptions v = ViewOptions.DEFAULT.withShowTestData(true).withDiscretize(true).withHideText(true)
                .withColorblind(true).withHidden(Arrays.asList("noise")).withLocked(Arrays.asList("seed"))
                .withGoal(new Goal(0.1, null, null, null, null, null));
        assertTrue(v.showTestData && v.discretize && v.hideText && v.colorblind);
        assertTrue(v.isHidden("noise") && v.isLocked("seed"));
        assertEquals(0.1, v.goal.testLossBelow);
        assertNull(v.withGoal(null).goal);
        assertEquals(ViewOptions.DEFAULT, ViewOptions.DEFAULT.withShowTestData(true).withShowTestData(false));
    }

    @Test
    void unknownControlsKeysAndBadTypesAreRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> view("{'hidden':['turbo']}"));
        assertEquals("hidden", e.key());
        assertTrue(e.problem().startsWith("unknown control \"turbo\"; controls are problem, dataset,"), e.problem());
        assertEquals("locked", assertThrows(ConfigException.class, () -> view("{'locked':['x3']}")).key());
        assertEquals("zoom", assertThrows(ConfigException.class, () -> view("{'zoom':2}")).key());
        assertEquals("showTestData: must be true or false, got \"yes\"",
                assertThrows(ConfigException.class, () -> view("{'showTestData':'yes'}")).getMessage());
        assertEquals("hidden: must be a list, got \"noise\"",
                assertThrows(ConfigException.class, () -> view("{'hidden':'noise'}")).getMessage());
        assertEquals("goal: must be an object, got 0.1",
                assertThrows(ConfigException.class, () -> view("{'goal':0.1}")).getMessage());
        assertNull(view("{'goal':null}").goal);
        assertEquals("goal.maxLayers", assertThrows(ConfigException.class, () -> view("{'goal':{'maxLayers':'two'}}")).key());
    }

    @Test
    void everyControlNameIsAConfigKeyAFeatureOrAViewControl() {
        assertEquals(Schema.KEYS.size() + Schema.FEATURE_NAMES.size() + Schema.VIEW_CONTROLS.size(),
                Schema.CONTROLS.size());
        ViewOptions all = ViewOptions.DEFAULT.withHidden(Schema.CONTROLS).withLocked(Schema.CONTROLS);
        assertEquals(Schema.CONTROLS, new ArrayList<>(all.hidden));
    }
}
