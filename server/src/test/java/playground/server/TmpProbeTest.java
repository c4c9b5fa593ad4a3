package playground.server;
import org.junit.jupiter.api.Test;
import playground.server.testing.*;
class TmpProbeTest {
  @Test void probe() throws Exception {
    try (TestServer server = TestServer.start(); Browser b = Browser.start()) {
      for (String rt : new String[]{"js","wasm"}) {
        b.openAndWaitUntilReady(server.baseUrl() + "/?runtime=" + rt);
        Object r = b.script("const e = window.playground.exports; const names = ['tanh','tanhRange','exp','sigmoid','sin','log','poly5']; let s = '';"
            + "for (let m = 0; m < 7; m++) { e.probe(m, 20); let best = 1e9; for (let k = 0; k < 7; k++) { const t = performance.now(); e.probe(m, 20); best = Math.min(best, (performance.now() - t) / 20 / 10000 * 1e6); } s += names[m] + ' ' + best.toFixed(1) + ' ns; '; }"
            + "return s;");
        System.out.println("PROBE " + rt + ": " + r);
        for (String act : new String[]{"tanh","relu","sigmoid"}) {
          String cfg = "{\"dataset\":\"spiral\",\"hiddenLayers\":[8,8,8,8,8,8],\"activation\":\"" + act + "\"}";
          Object q = b.script("const e = window.playground.exports; e.benchCreate(arguments[0]);"
            + "e.benchGrid(10); let best = 1e9; for (let s = 0; s < 7; s++) { const t = performance.now(); e.benchGrid(10); best = Math.min(best, (performance.now() - t) / 10); }"
            + "let bestE = 1e9; for (let s = 0; s < 7; s++) { e.benchCreate(arguments[0]); const t = performance.now(); e.benchEpochs(20); bestE = Math.min(bestE, (performance.now() - t) / 20); }"
            + "return best.toFixed(2) + ' ms grid, ' + bestE.toFixed(3) + ' ms epoch';", cfg);
          System.out.println("PROBE " + rt + " " + act + ": " + q);
        }
      }
    }
  }
}
