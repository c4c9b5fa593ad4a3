package playground.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a generated script's arithmetic in python3 with numpy, without PyTorch or TensorFlow: the
 * harness executes the script's own data part (its list assignments and its {@code features}
 * function), reads the architecture from the script's syntax tree (the modules of
 * {@code nn.Sequential} or the {@code Dense} layers of the Keras model, and which weights the
 * script loads into which layer), and computes the forward pass with each framework's documented
 * meaning: {@code nn.Linear} gives x·Wᵀ + b with W as [out, in]; {@code Dense} gives x·K + b with K
 * as [in, out]. Any layout or wiring mistake in a script shows as a different prediction.
 */
final class NumpyCheck {
    private NumpyCheck() {}

    private static final String HARNESS = """
            import ast, math, sys
            import numpy as np

            def check(path, framework, points):
                tree = ast.parse(open(path, encoding="utf-8").read())

                # The script's data part, run as it is: list literals and the features function.
                ns = {"math": math}
                for node in tree.body:
                    data = isinstance(node, ast.Assign) and isinstance(node.value, ast.List)
                    if data or (isinstance(node, ast.FunctionDef) and node.name == "features"):
                        exec(compile(ast.Module(body=[node], type_ignores=[]), path, "exec"), ns)

                def name(call):
                    return ast.unparse(call.func)

                def softmax(z):
                    e = np.exp(z - z.max())
                    return e / e.sum()

                def apply(activation, z):
                    if activation == "tanh": return np.tanh(z)
                    if activation == "relu": return np.maximum(z, 0.0)
                    if activation == "sigmoid": return 1.0 / (1.0 + np.exp(-z))
                    if activation == "softmax": return softmax(z)
                    if activation == "linear": return z
                    if isinstance(activation, float): return np.where(z > 0, z, activation * z)
                    raise SystemExit("unknown activation " + repr(activation))

                layers = []  # (weights as [in, out], bias, activation)
                model = next(n.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "model")
                if framework == "torch":
                    assert model.func.attr == "double" and name(model.func.value) == "nn.Sequential", "a double Sequential"
                    modules = model.func.value.args
                    loads = {}
                    for n in tree.body:
                        if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call) and name(n.value) == "set_parameters":
                            target, w, b = n.value.args
                            loads[ast.literal_eval(target.slice)] = (ns[w.id], ns[b.id])
                    kinds = {"nn.Tanh": "tanh", "nn.ReLU": "relu", "nn.Sigmoid": "sigmoid", "nn.Identity": "linear"}
                    for i, m in enumerate(modules):
                        if name(m) == "nn.Linear":
                            n_in, n_out = (ast.literal_eval(a) for a in m.args)
                            w, b = (np.array(v, dtype=np.float64) for v in loads[i])
                            assert w.shape == (n_out, n_in) and b.shape == (n_out,), (w.shape, b.shape)
                            layers.append([w.T, b, None])
                        elif name(m) == "nn.LeakyReLU":
                            layers[-1][2] = ast.literal_eval(m.args[0])
                        elif name(m) == "nn.Softmax":
                            assert ast.literal_eval(m.keywords[0].value) == -1
                            layers[-1][2] = "softmax"
                        else:
                            layers[-1][2] = kinds[name(m)]
                else:
                    slope = {}
                    for n in tree.body:
                        if isinstance(n, ast.FunctionDef) and n.name == "leaky_relu":
                            call = n.body[-1].value
                            assert name(call) == "tf.nn.leaky_relu"
                            slope["leaky_relu"] = ast.literal_eval(call.keywords[0].value)
                    loads = {}
                    for n in tree.body:
                        call = n.value if isinstance(n, ast.Expr) else None
                        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "set_weights":
                            assert name(call.func.value) == "model.get_layer"
                            layer = ast.literal_eval(call.func.value.args[0])
                            k, b = (ns[a.args[0].id] for a in call.args[0].elts)
                            loads[layer] = (k, b)
                    units_in = None
                    for m in model.args[0].elts:
                        if name(m) == "tf.keras.Input":
                            units_in = ast.literal_eval(m.keywords[0].value)[0]
                            continue
                        assert name(m) == "tf.keras.layers.Dense"
                        units = ast.literal_eval(m.args[0])
                        kw = {k.arg: k.value for k in m.keywords}
                        act = kw["activation"]
                        activation = slope[act.id] if isinstance(act, ast.Name) else ast.literal_eval(act)
                        k, b = (np.array(v, dtype=np.float64) for v in loads[ast.literal_eval(kw["name"])])
                        assert k.shape == (units_in, units) and b.shape == (units,), (k.shape, b.shape)
                        layers.append([k, b, activation])
                        units_in = units

                for x1, x2 in points:
                    a = np.array(ns["features"](x1, x2), dtype=np.float64)
                    for k, b, activation in layers:
                        a = apply(activation, a @ k + b)
                    print(" ".join(repr(float(v)) for v in a))
                print("---")

            framework = sys.argv[1]
            for job in sys.argv[2:]:
                path, points = job.split("|")
                check(path, framework, [tuple(float(v) for v in p.split(",")) for p in points.split(";")])
            """;

    /**
     * The outputs each script's network gives at its points, as computed by numpy: result[s][p][k]
     * is output k at point p of script s. All scripts run in one python3 process.
     */
    static double[][][] predictions(String framework, List<String> scripts, List<double[][]> points) {
        List<String> args = new ArrayList<>();
        args.add(framework);
        for (int s = 0; s < scripts.size(); s++) {
            StringBuilder job = new StringBuilder(Python.file(scripts.get(s)).toString()).append('|');
            for (int p = 0; p < points.get(s).length; p++) {
                if (p > 0) job.append(';');
                job.append(points.get(s)[p][0]).append(',').append(points.get(s)[p][1]);
            }
            args.add(job.toString());
        }
        Python.Result r = Python.run(HARNESS, args.toArray(new String[0]));
        assertEquals(0, r.exitCode, "the numpy harness failed:\n" + r.err);
        String[] blocks = r.out.split("---\n", -1);
        assertEquals(scripts.size() + 1, blocks.length, r.out);
        double[][][] result = new double[scripts.size()][][];
        for (int s = 0; s < scripts.size(); s++) {
            String[] lines = blocks[s].strip().split("\n");
            assertEquals(points.get(s).length, lines.length, blocks[s]);
            result[s] = new double[lines.length][];
            for (int p = 0; p < lines.length; p++) {
                String[] cells = lines[p].trim().split(" ");
                result[s][p] = new double[cells.length];
                for (int k = 0; k < cells.length; k++) result[s][p][k] = Double.parseDouble(cells[k]);
            }
        }
        return result;
    }
}
