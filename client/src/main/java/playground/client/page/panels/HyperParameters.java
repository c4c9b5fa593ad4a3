package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.Js;
import playground.config.Config;
import playground.config.Schema;
import playground.core.Numbers;

/**
 * The reference's drop-downs (learning rate, activation, regularization and its rate, problem
 * type) and ours (classes, optimizer, loss, initial weights). Every name and number offered
 * comes from {@link Schema}.
 */
public final class HyperParameters {
    private final PageState state;
    private final List<Runnable> syncs = new ArrayList<>();

    public HyperParameters(HTMLElement parent, PageState state) {
        this.state = state;
        numbers(parent, Schema.LEARNING_RATE, "hyper.learningRate", Schema.LEARNING_RATES);
        names(parent, Schema.ACTIVATION, "hyper.activation", Schema.ACTIVATIONS, "activation.");
        names(parent, Schema.REGULARIZATION, "hyper.regularization", Schema.REGULARIZATIONS, "regularization.");
        numbers(parent, Schema.REGULARIZATION_RATE, "hyper.regularizationRate", Schema.REGULARIZATION_RATES);
        names(parent, Schema.PROBLEM, "hyper.problem", Schema.PROBLEMS, "problem.");
        List<String> classes = new ArrayList<>();
        for (int k = Schema.MIN_CLASSES; k <= Schema.MAX_CLASSES; k++) classes.add(Integer.toString(k));
        HTMLSelectElement classSelect = names(parent, Schema.CLASSES, "hyper.classes", classes, null);
        names(parent, Schema.OPTIMIZER, "hyper.optimizer", Schema.OPTIMIZERS, "optimizer.");
        HTMLSelectElement loss = names(parent, Schema.LOSS, "hyper.loss", Schema.LOSSES, "loss.");
        names(parent, Schema.INIT, "hyper.init", Schema.INITS, "init.");
        syncs.add(() -> {
            Config c = state.config();
            classSelect.setDisabled(c.isRegression() || !Schema.MULTICLASS_DATASETS.contains(c.dataset)
                    || state.view().isLocked(Schema.CLASSES));
            HTMLOptionElement crossEntropy = loss.getOptions().item(Schema.LOSSES.indexOf(Schema.CROSSENTROPY)).cast();
            crossEntropy.setDisabled(c.isRegression());
        });
        state.listen((c, v) -> sync());
        sync();
    }

    private void sync() {
        for (Runnable r : syncs) r.run();
    }

    /** A drop-down of names; the option texts are the translations of {@code prefix + name}. */
    private HTMLSelectElement names(HTMLElement parent, String key, String labelKey, List<String> values,
            String prefix) {
        HTMLSelectElement select = Dom.select(null, null);
        Dom.field(parent, labelKey, select).setAttribute("data-control", key);
        for (String v : values) {
            HTMLOptionElement o = Dom.option(select, v, prefix == null ? null : prefix + v);
            if (prefix == null) o.setTextContent(v);
        }
        Dom.on(select, "change", e -> {
            String v = select.getValue();
            state.change(key, Schema.CLASSES.equals(key) ? (Object) Integer.valueOf(v) : v, PageState.Push.PUSH);
        });
        syncs.add(() -> select.setValue(String.valueOf(state.config().toMap().get(key))));
        return select;
    }

    /** A drop-down of numbers; a value from a link that is not in the list is offered too. */
    private void numbers(HTMLElement parent, String key, String labelKey, List<Double> values) {
        HTMLSelectElement select = Dom.select(null, null);
        Dom.field(parent, labelKey, select).setAttribute("data-control", key);
        for (double v : values) Dom.option(select, Numbers.format(v), null).setTextContent(Numbers.format(v));
        HTMLOptionElement extra = Dom.option(select, "", null);
        Dom.on(select, "change", e -> state.change(key, Js.parseNumber(select.getValue()), PageState.Push.PUSH));
        syncs.add(() -> {
            double current = (Double) state.config().toMap().get(key);
            String text = Numbers.format(current);
            boolean listed = values.contains(current);
            extra.setHidden(listed);
            extra.setValue(listed ? "" : text);
            extra.setTextContent(listed ? "" : text);
            select.setValue(text);
        });
    }
}
