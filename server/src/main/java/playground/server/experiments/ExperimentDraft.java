package playground.server.experiments;

/**
 * What a client asks to store, checked and in canonical form: the body of a POST or PUT after
 * {@link ExperimentRequest} has validated it.
 *
 * @param title null when not given
 * @param notes Markdown, null when not given
 * @param configJson the complete configuration, as the core writes it ({@code Config.toJson})
 * @param stateJson the trained state, as the core writes it ({@code Snapshot.toJson}), or null
 * @param goalJson the challenge, as the core writes it, or null
 * @param parent the id of the experiment this one forks, or null
 */
public record ExperimentDraft(
        String title, String notes, String configJson, String stateJson, String goalJson, String parent) {}
